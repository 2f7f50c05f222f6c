import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect } from '@playwright/test';
import { test, type App } from './fixtures';
import { openFromLibrary } from './harness/canvas';
import { updateCards } from '../../shared/model/operations';

/** What people have pasted into cards to see if a page runs it. */
const XSS = [
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=2</script>',
  '<!-- <script>window.__pwned=3</script>',
  '<svg onload="window.__pwned=4"></svg> & "quoted" \u2028 line',
];

/** The app opens the map and exports it as the web page viewer; the file it saved. */
async function exportViewer(app: App, title: string): Promise<string> {
  const { page } = app;
  await app.open();
  await openFromLibrary(page, title);
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'Web page viewer (.html)' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported to');
  return app.dialogs.saved.at(-1)!;
}

test('the one-file HTML viewer opens offline from file://, shows every card as text, searches, details and steps through stages', async ({
  app,
  browser,
}) => {
  const { library } = app;
  const example = library.createExample('shopee-retail');
  let doc = example.document;
  doc = updateCards(doc, [doc.cards[0]!.id], { text: XSS[0]! });
  doc = updateCards(doc, [doc.cards[1]!.id], { text: XSS[1]! });
  doc = updateCards(doc, [doc.cards[2]!.id], { text: XSS[2]! });
  doc = updateCards(doc, [doc.cards[3]!.id], { text: XSS[3]! });
  library.maps.save(doc, example.revision);
  const file = await exportViewer(app, doc.title);
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
  // No picture or frame came from a card; the SVG is the viewer's own: the curve and the connectors.
  await expect(viewer.locator('img, iframe')).toHaveCount(0);
  await expect(viewer.locator('svg')).toHaveCount(2);
  // The same story as the PDF: persona and scenario, the legend, the curve with a face a point.
  const about = viewer.locator('.about');
  await expect(about).toContainText(doc.persona.name);
  await expect(about).toContainText(doc.scenario);
  await expect(about).toContainText('LOẠI THẺ');
  await expect(about.locator('.legend-type')).toContainText(['Hành động', 'Điểm chạm']);
  const curve = viewer.getByRole('img', { name: 'Cảm xúc' });
  await expect(curve.locator('path[stroke="#d97706"]')).toHaveCount(1);
  await expect(curve.locator('circle[r="13"]')).toHaveCount(doc.emotions.length);
  for (const e of doc.emotions) await expect(curve).toContainText(e.label);
  await expect(viewer.locator('svg.links path')).toHaveCount(2 * doc.connectors.length);
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

test('the viewer on a 360 px phone: one bar, the first stage at a readable size, drag and pinch', async ({
  app,
  browser,
}) => {
  const { library } = app;
  const example = library.createExample('service-visit');
  const doc = example.document;
  const file = await exportViewer(app, doc.title);
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    offline: true,
  });
  const viewer = await context.newPage();
  const problems: string[] = [];
  viewer.on('pageerror', (e) => problems.push(e.message));
  await viewer.goto(pathToFileURL(file).href);
  // The controls are one bar: title, stage arrows and a button that unfolds the rest.
  const bar = (await viewer.locator('.bar').boundingBox())!;
  expect(bar.height).toBeLessThanOrEqual(56);
  await expect(viewer.getByRole('searchbox')).toBeHidden();
  await viewer.getByRole('button', { name: 'Search and view' }).tap();
  await expect(viewer.getByRole('searchbox')).toBeVisible();
  await viewer.getByRole('button', { name: 'Search and view' }).tap();
  // One stage in view, every card of it whole on screen with text of 12 px or more.
  await expect(viewer.locator('.stage:visible')).toHaveCount(1);
  await expect(viewer.locator('.stage.current')).toContainText(doc.stages[0]!.name);
  const cards = viewer.locator('.card:visible');
  await expect(cards).toHaveCount(doc.cards.filter((c) => c.stageId === doc.stages[0]!.id).length);
  for (const card of await cards.all()) {
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const size = await card.locator('.text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(12);
  }
  await expect(viewer.getByRole('separator', { name: 'Line of interaction' })).toBeVisible();
  await expect(viewer).toHaveScreenshot('html-viewer-phone-360.png');
  // Arrows step through the stages.
  await viewer.getByRole('button', { name: 'Next stage' }).tap();
  await expect(viewer.locator('.stage.current')).toContainText(doc.stages[1]!.name);

  // Drag with one finger (starting on a card: a drag opens nothing), pinch with two.
  const transform = () => viewer.locator('.board').evaluate((e) => getComputedStyle(e).transform);
  const before = await transform();
  /** Pointer events as fingers send them: [type, finger, x, y], in order. */
  const touch = (steps: [string, number, number, number][]) =>
    viewer.locator('.viewport').evaluate((vp, all) => {
      for (const [type, id, x, y] of all)
        vp.dispatchEvent(
          new PointerEvent(type, { pointerId: id, clientX: x, clientY: y, bubbles: true, isPrimary: id === 1 }),
        );
    }, steps);
  await touch([
    ['pointerdown', 1, 200, 300],
    ['pointermove', 1, 160, 260],
    ['pointerup', 1, 160, 260],
  ]);
  const dragged = await transform();
  expect(dragged).not.toBe(before);
  await expect(viewer.locator('.details')).toBeHidden();
  await touch([
    ['pointerdown', 1, 150, 300],
    ['pointerdown', 2, 210, 300],
    ['pointermove', 2, 270, 300],
    ['pointerup', 2, 270, 300],
    ['pointerup', 1, 150, 300],
  ]);
  const scaleOf = (m: string) => Number(/matrix\(([^,]+)/.exec(m)?.[1] ?? 1);
  expect(scaleOf(await transform())).toBeGreaterThan(scaleOf(dragged) * 1.5);
  expect(problems).toEqual([]);
  await context.close();
});
