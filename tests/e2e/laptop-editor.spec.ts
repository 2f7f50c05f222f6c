import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFromLibrary } from './harness/canvas';

const SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

async function openExample(
  app: {
    page: Page;
    library: import('../../electron/main/library/services').LibraryServices;
    open: () => Promise<void>;
  },
  language: 'en' | 'vi',
) {
  const { page, library } = app;
  const map = library.createExample(language === 'vi' ? 'shopee-retail' : 'tesla');
  library.maps.deriveFuture(map.document.id);
  if (language === 'vi') await page.addInitScript(() => localStorage.setItem('waymark.language', 'vi'));
  await app.open();
  await openFromLibrary(page, map.document.title);
  return map;
}

const zoomOf = async (page: Page) =>
  Number(/scale\(([\d.]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);

for (const language of ['en', 'vi'] as const)
  for (const [width, height] of SIZES)
    test(`a map opens readable at ${width}×${height} (${language}), header in one line, no band above`, async ({
      app,
    }) => {
      const { page } = app;
      await page.setViewportSize({ width, height });
      await openExample(app, language);
      // Card text is 14 px at zoom 1: at least 12 px on screen.
      await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(12 / 14 - 0.001);
      const header = page.locator('.editor-header');
      expect(await header.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
      await expect(page.getByRole('status').filter({ hasText: /Saved|Đã lưu/ })).toBeInViewport();
      // The first stage header sits near the top of the canvas, not under an empty band.
      const pane = (await page.locator('.react-flow').boundingBox())!;
      const firstStage = (await page.locator('.react-flow__node-stage').first().boundingBox())!;
      expect(firstStage.y - pane.y).toBeLessThan(40);
      await expect(page).toHaveScreenshot(`editor-${language}-${width}.png`);
    });

test('the header fits 1280 px in both languages and offers to open an existing future state', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await openExample(app, 'vi');
  const header = page.locator('.editor-header');
  expect(await header.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
  await page.getByRole('button', { name: 'Thao tác khác' }).click();
  await expect(page.getByRole('menuitem', { name: 'Mở bản đồ tương lai' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Tạo bản đồ tương lai' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Mở bản đồ tương lai' }).click();
  await expect(page.locator('.kind-badge')).toHaveText('Bản đồ tương lai');
  expect(await header.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
});

test('palette, side panel and overview fold away, are remembered, and Fit leaves the overview corner free', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await openExample(app, 'en');
  // On a laptop the overview starts folded: it would cover the third stage's cards.
  await expect(page.getByRole('group', { name: /Map overview/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the overview' }).click();
  await expect(page.getByRole('group', { name: /Map overview/ })).toBeVisible();
  await page.getByRole('button', { name: 'Hide the card palette' }).click();
  await page.getByRole('button', { name: 'Hide the side panel' }).click();
  await expect(page.getByRole('complementary', { name: /palette/i })).toHaveCount(0);
  await page.reload();
  await openFromLibrary(page, /^Tesla/);
  await expect(page.getByRole('button', { name: 'Show the card palette' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show the side panel' })).toBeVisible();
  // With the whole map in view after Fit, the overview steps aside instead of covering it.
  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  await expect(page.getByRole('group', { name: /Map overview/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByRole('group', { name: /Map overview/ })).toBeVisible();
  await page.getByRole('button', { name: 'Hide the overview' }).click();
  await expect(page.getByRole('group', { name: /Map overview/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the card palette' }).click();
  await expect(page.getByRole('button', { name: 'Hide the card palette' })).toBeVisible();
});

for (const language of ['en', 'vi'] as const)
  test(`no button on the library screen wraps its label at 1366×768 (${language})`, async ({ app }) => {
    const { page, library } = app;
    library.createExample('tesla');
    library.createExample('shopee-retail');
    if (language === 'vi') await page.addInitScript(() => localStorage.setItem('waymark.language', 'vi'));
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.open();
    await expect(page.getByRole('button').first()).toBeVisible();
    const wrapped = await page.evaluate(() =>
      [...document.querySelectorAll('button')]
        // Map titles are content, not labels: they may wrap.
        .filter((b) => b.offsetParent !== null && b.textContent?.trim() && !b.classList.contains('map-title'))
        .filter((b) => {
          // Lines of a label: distinct tops of its text's boxes.
          const range = document.createRange();
          range.selectNodeContents(b);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        })
        .map((b) => b.textContent!.trim()),
    );
    expect(wrapped).toEqual([]);
    // Each map's actions stay on one row.
    for (const row of await page.locator('.map-actions').all()) {
      const tops = await row.evaluate((r) => [...r.children].map((c) => Math.round(c.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
    }
    await expect(page).toHaveScreenshot(`library-${language}-1366.png`);
  });

test('lane names stay in view when the map is scrolled sideways, and come back to their column', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await openExample(app, 'en');
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const labels = page.locator('.react-flow__node-laneLabel .lane-label:not(.is-collapsed)');
  const lefts = async () => labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
  const home = await lefts();
  expect(home.length).toBeGreaterThan(3);
  // Scrolled a long way right: every lane's name is at the left edge of the canvas, not off it.
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.wheel(900, 0);
  await expect.poll(async () => Math.min(...(await lefts()))).toBeGreaterThanOrEqual(pane.x - 1);
  for (const left of await lefts()) expect(left).toBeLessThan(pane.x + 40);
  await expect(labels.first()).toBeInViewport();
  // …and drawn on top: what is under each label's name is the label, not a card sliding past.
  const onTop = await labels.evaluateAll((els) =>
    els.map((e) => {
      const name = e.querySelector('.lane-name')!.getBoundingClientRect();
      const y = name.top + name.height / 2;
      // Lanes below the window's edge are not on screen to be covered.
      return y > window.innerHeight || e.contains(document.elementFromPoint(name.left + 4, y));
    }),
  );
  expect(onTop.every(Boolean)).toBe(true);
  // Scrolled back: the labels are in their own column again.
  await page.mouse.wheel(-900, 0);
  await expect.poll(lefts).toEqual(home);
});

test('stage names stay in view when the map is scrolled down, drawn over the rows', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await openExample(app, 'en');
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const headers = page.locator('.react-flow__node-stage .stage-header');
  const tops = async () => headers.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  const home = await tops();
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.wheel(0, 500);
  await expect.poll(async () => Math.min(...(await tops()))).toBeGreaterThanOrEqual(pane.y - 1);
  for (const top of await tops()) expect(top).toBeLessThan(pane.y + 10);
  const onTop = await headers.evaluateAll(
    (els, right) =>
      els.map((e) => {
        const name = e.querySelector('.stage-name')!.getBoundingClientRect();
        const x = name.left + 4;
        // Stages beyond the canvas's right edge are not on screen to be covered.
        return x > right || e.contains(document.elementFromPoint(x, name.top + name.height / 2));
      }),
    pane.x + pane.width,
  );
  expect(onTop.every(Boolean)).toBe(true);
  await page.mouse.wheel(0, -500);
  await expect.poll(tops).toEqual(home);
});
