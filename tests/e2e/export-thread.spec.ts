// Picture exports run on an export thread (a Web Worker): what it writes is what the same code
// writes in Node, and a PNG drawn in tiles is the PNG drawn whole.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { drawPicture } from '../../renderer/src/export/worker/drawPicture';
import { reportPersona } from '../../shared/model/persona';
import type { JourneyMap } from '../../shared/model/types';
import { busyMap } from '../helpers/busyMap';
import { exportFonts, exportFontsBase64 } from '../helpers/exportFonts';
import { expect, test, type App } from './fixtures';

const fonts = () => ({ bytes: exportFonts(), b64: exportFontsBase64() });

async function openSeeded(app: App, doc: JourneyMap): Promise<JourneyMap> {
  const created = app.library.maps.create({ kind: 'current-state', language: 'vi' });
  const seeded = { ...doc, id: created.document.id };
  app.library.maps.save(seeded, 1);
  await app.open();
  await app.page.getByRole('button', { name: seeded.title, exact: true }).click();
  await expect(app.page.locator('.react-flow__node-card').first()).toBeVisible();
  return app.library.maps.load(seeded.id).document;
}

async function exportPng(app: App, scale: 1 | 2 | 3): Promise<PNG> {
  const before = app.dialogs.saved.length;
  await app.page.getByRole('button', { name: 'Export ▾' }).click();
  await app.page.getByRole('menuitem', { name: 'PNG image…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Export PNG' });
  await dialog.getByLabel('Scale').selectOption(String(scale));
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(app.page.getByTestId('notice')).toContainText('Exported to', { timeout: 120_000 });
  await app.page.getByRole('button', { name: 'Dismiss' }).click();
  return PNG.sync.read(readFileSync(app.dialogs.saved[before]!));
}

test('the export thread writes the same SVG and the same PDF text as the drawing code run in Node', async ({ app }) => {
  const doc = await openSeeded(app, busyMap(12));
  const { page } = app;
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'SVG image' }).click();
  await expect(page.getByTestId('notice')).toContainText('.svg');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('notice')).toContainText('.pdf');

  const options = { persona: reportPersona(doc.persona, null) };
  const svg = await drawPicture({ format: 'svg', doc, options, fonts: fonts() });
  expect(svg.format === 'svg' && svg.svg === readFileSync(app.dialogs.saved[0]!, 'utf8')).toBe(true);
  const pdf = await drawPicture({
    format: 'pdf',
    doc,
    options: { ...options, pdf: { layout: 'fit', paper: 'a4', orientation: 'landscape' } },
    fonts: fonts(),
  });
  if (pdf.format !== 'pdf') throw new Error('expected a PDF');
  writeFileSync('test-results/node-export.pdf', pdf.bytes);
  const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text(app.dialogs.saved[1]!)).toBe(text('test-results/node-export.pdf'));
});

test('a PNG drawn in small tiles matches the PNG drawn in one tile, seams included', async ({ app }) => {
  await openSeeded(app, busyMap(24));
  const whole = await exportPng(app, 2);
  // Tiles of 97 px: dozens of seams across cards, text and the emotion curve.
  await app.page.evaluate(() => ((globalThis as { __waymarkPngTileSide?: number }).__waymarkPngTileSide = 97));
  const tiled = await exportPng(app, 2);
  expect([tiled.width, tiled.height]).toEqual([whole.width, whole.height]);
  // Text anti-aliasing may round a level differently anywhere; a seam that shifted, doubled or
  // dropped a line would show as a band of differences along the tile edges.
  const diff = (x: number, y: number) => {
    const i = (y * whole.width + x) * 4;
    return Math.max(...[0, 1, 2, 3].map((k) => Math.abs(whole.data[i + k]! - tiled.data[i + k]!)));
  };
  let all = 0;
  let seams = 0;
  let seamPixels = 0;
  for (let y = 0; y < whole.height; y++)
    for (let x = 0; x < whole.width; x++) {
      const d = diff(x, y);
      all += d;
      const onSeam = x % 97 === 0 || x % 97 === 96 || y % 97 === 0 || y % 97 === 96;
      if (onSeam) {
        seams += d;
        seamPixels++;
      }
    }
  const meanAll = all / (whole.width * whole.height);
  const meanSeams = seams / seamPixels;
  console.info(
    `tiled PNG ${whole.width}×${whole.height}: mean difference ${meanAll.toFixed(3)}, on seams ${meanSeams.toFixed(3)}`,
  );
  expect(meanAll).toBeLessThan(0.1);
  expect(meanSeams).toBeLessThan(0.2);
});

test('a map wider than any canvas is exported as one PNG at 3× instead of refused', async ({ app }) => {
  test.setTimeout(180_000);
  const wide = busyMap(40);
  const stages = Array.from({ length: 30 }, (_, i) => ({
    ...wide.stages[i % wide.stages.length]!,
    id: `wide-${i}`,
    name: `Giai đoạn ${i + 1}`,
  }));
  const doc = await openSeeded(app, {
    ...wide,
    title: 'Bản đồ rất rộng',
    stages,
    cards: wide.cards.map((c, i) => ({ ...c, stageId: stages[i % stages.length]!.id, stageSpan: 1 })),
    emotions: [],
    connectors: [],
    metrics: { ...wide.metrics, records: [] },
    questions: [],
  });
  const png = await exportPng(app, 3);
  const svg = await drawPicture({
    format: 'png',
    doc,
    options: { persona: reportPersona(doc.persona, null) },
    fonts: fonts(),
  });
  if (svg.format !== 'png') throw new Error('expected the PNG drawing');
  expect(png.width).toBe(Math.round(svg.width * 3));
  expect(png.height).toBe(Math.round(svg.height * 3));
  expect(png.width).toBeGreaterThan(16_384);
  // The far right is drawn too: the last stage's header and cards put ink in the last 600 px.
  let inked = 0;
  for (let y = 0; y < png.height; y += 2)
    for (let x = png.width - 600; x < png.width; x += 2) if (png.data[(y * png.width + x) * 4]! < 160) inked++;
  expect(inked).toBeGreaterThan(0);
});
