import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect } from '@playwright/test';
import { test } from './fixtures';
import { openFromLibrary } from './harness/canvas';
import { updateCards } from '../../shared/model/operations';

/** What people have pasted into cards to see if a page runs it. */
const XSS = [
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=2</script>',
  '<!-- <script>window.__pwned=3</script>',
  '<svg onload="window.__pwned=4"></svg> & "quoted" \u2028 line',
];

test('the one-file HTML viewer opens offline from file://, shows every card as text, searches, details and steps through stages', async ({
  app,
  browser,
}) => {
  const { page, library } = app;
  const example = library.createExample('shopee-retail');
  let doc = example.document;
  doc = updateCards(doc, [doc.cards[0]!.id], { text: XSS[0]! });
  doc = updateCards(doc, [doc.cards[1]!.id], { text: XSS[1]! });
  doc = updateCards(doc, [doc.cards[2]!.id], { text: XSS[2]! });
  doc = updateCards(doc, [doc.cards[3]!.id], { text: XSS[3]! });
  library.maps.save(doc, example.revision);
  await app.open();
  await openFromLibrary(page, doc.title);
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'Web page viewer (.html)' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported to');
  const file = app.dialogs.saved.at(-1)!;
  expect(readFileSync(file, 'utf8')).not.toMatch(/<script>window\.__pwned/);

  // A stakeholder's browser with no network at all.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, offline: true });
  const requests: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  const viewer = await context.newPage();
  const problems: string[] = [];
  viewer.on('pageerror', (e) => problems.push(e.message));
  viewer.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  viewer.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
  await viewer.goto(pathToFileURL(file).href);
  await expect(viewer.getByRole('heading', { name: doc.title })).toBeVisible();
  const cards = viewer.locator('.card');
  await expect(cards).toHaveCount(doc.cards.length);
  const shown = await cards.locator('.text').allTextContents();
  expect(shown.sort()).toEqual(doc.cards.map((c) => c.text).sort());
  expect(await viewer.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(viewer.locator('img, svg, iframe')).toHaveCount(0);
  await expect(viewer).toHaveScreenshot('html-viewer-1440.png');

  // Search ignores accents; a click shows the card's details.
  await viewer.getByRole('searchbox', { name: 'Tìm thẻ' }).fill('hang chinh hang');
  await expect(viewer.getByRole('status')).toHaveText(/^\d+ thẻ khớp$/);
  expect(await viewer.locator('.card.hit').count()).toBeGreaterThan(0);
  const target = doc.cards[5]!;
  await viewer.locator('.card', { hasText: target.text }).click();
  await expect(viewer.locator('.details')).toContainText(target.text);
  await expect(viewer.locator('.details')).toContainText('Giai đoạn');

  // Stage by stage, with the keyboard as in a presentation.
  await viewer.getByRole('button', { name: 'Từng giai đoạn' }).click();
  await expect(viewer.locator('.stage.current')).toContainText(doc.stages[0]!.name);
  await viewer.keyboard.press('ArrowRight');
  await expect(viewer.locator('.stage.current')).toContainText(doc.stages[1]!.name);
  await viewer.getByRole('button', { name: 'Toàn bộ bản đồ' }).click();
  await expect(viewer.locator('.cell:visible').first()).toBeVisible();

  expect(problems).toEqual([]);
  expect(requests).toEqual([]);
  await context.close();
});
