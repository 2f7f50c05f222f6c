import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect } from '@playwright/test';
import { test } from './fixtures';
import { openFromLibrary, waitSaved } from './harness/canvas';

/** A 640×400 screenshot-like picture: bands of colour a person can tell apart in every export. */
function screenshotPng(): Buffer {
  const png = new PNG({ width: 640, height: 400 });
  for (let y = 0; y < 400; y++)
    for (let x = 0; x < 640; x++) {
      const i = (y * 640 + x) * 4;
      const band = Math.floor(x / 160);
      png.data[i] = [220, 40, 30, 250][band]!;
      png.data[i + 1] = [60, 160, 90, 200][band]!;
      png.data[i + 2] = [60, 70, 220, 40][band]!;
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}

test('a picture picked, pasted or dropped onto a card is stored once, shown on the canvas and in every export; a file that lies is refused', async ({
  app,
}) => {
  const { page, library, dataDir } = app;
  const map = library.createExample('shopee-retail');
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await openFromLibrary(page, map.document.title);
  const first = map.document.cards[0]!;
  const card = page.locator(`[data-card-id="${first.id}"]`);
  await card.click();

  // Picked in the inspector.
  const picture = join(dataDir, 'app-screen.png');
  writeFileSync(picture, screenshotPng());
  await page.locator('.card-picture-field input[type="file"]').setInputFiles(picture);
  await expect(page.getByTestId('notice')).toContainText('Picture added to the card.');
  await expect(card.locator('img.card-picture')).toBeVisible();
  await waitSaved(page);
  const stored = library.maps.load(map.document.id).document.cards.find((c) => c.id === first.id)!;
  expect(stored.picture).toMatchObject({ width: 640, height: 400 });

  // Pasted onto another card: the same picture is stored once.
  const second = map.document.cards[1]!;
  await page.locator(`[data-card-id="${second.id}"]`).click();
  const bytes = [...readFileSync(picture)];
  await page.evaluate((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'pasted.png', { type: 'image/png' }));
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  }, bytes);
  await expect(page.locator(`[data-card-id="${second.id}"] img.card-picture`)).toBeVisible();
  await waitSaved(page);
  const both = library.maps.load(map.document.id).document.cards.filter((c) => c.picture);
  expect(new Set(both.map((c) => c.picture!.hash)).size).toBe(1);

  // Dropped: text pretending to be a PNG is refused in words and the card does not change.
  const third = map.document.cards[2]!;
  await page.evaluate((id) => {
    const dt = new DataTransfer();
    dt.items.add(new File(['<svg onload=alert(1)>'], 'liar.png', { type: 'image/png' }));
    document
      .querySelector(`[data-card-id="${id}"]`)!
      .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, third.id);
  await expect(page.getByRole('alert')).toContainText('“liar.png” is not an image Waymark can read');
  await expect(page.locator(`[data-card-id="${third.id}"] img.card-picture`)).toHaveCount(0);

  // In the exports: embedded in the PDF, a data URI in the SVG and the HTML viewer, media in the deck.
  const exported = async (label: string, dialog?: string) => {
    const before = app.dialogs.saved.length;
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: label }).click();
    if (dialog === 'Export PDF')
      await page.getByRole('dialog', { name: dialog }).getByLabel('Paper').selectOption('A3');
    if (dialog) await page.getByRole('dialog', { name: dialog }).getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => app.dialogs.saved.length).toBe(before + 1);
    return app.dialogs.saved.at(-1)!;
  };
  const pdf = await exported('PDF…', 'Export PDF');
  expect(execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').length).toBeGreaterThan(3);
  // Page 1 as a picture, to look at beside the canvas screenshot.
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    test.info().outputPath('card-pictures-pdf'),
  ]);
  expect(readFileSync(await exported('SVG image'), 'utf8')).toMatch(/<image[^>]+href="data:image\/png;base64,/);
  expect(readFileSync(await exported('Web page viewer (.html)'), 'utf8')).toContain('data:image/png;base64,');
  const deck = readFileSync(await exported('PowerPoint (.pptx)…', 'Export PowerPoint'));
  expect(deck.includes(Buffer.from('ppt/media/'))).toBe(true);
});
