import { addCard, updateCard } from '../../shared/model/operations';
import type { JourneyMap } from '../../shared/model/types';
import { expect, test } from './fixtures';
import { openFromLibrary, storedMap } from './harness/canvas';

function workshopMap(app: { library: import('../../electron/main/library/services').LibraryServices }) {
  let doc: JourneyMap = app.library.maps.create({ kind: 'current-state', language: 'en', title: 'Workshop' }).document;
  doc.stages.forEach((s, i) => {
    for (const [lane, text] of [
      [0, `Customer step ${i + 1}: looks for a product that fits`],
      [2, `Thought ${i + 1}: is this the right choice for me?`],
    ] as const) {
      const id = `c${i}-${lane}`;
      doc = updateCard(addCard(doc, { laneId: doc.lanes[lane]!.id, stageId: s.id, id }), id, { text });
    }
  });
  app.library.maps.save(doc, 1);
  return doc;
}

/** On-screen size of card text: its CSS font size times the canvas zoom. */
async function cardTextPx(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const scale = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const text = document.querySelector<HTMLElement>('.card-text')!;
    return parseFloat(getComputedStyle(text).fontSize) * scale;
  });
}

test('present a 5-stage map: step through with Page Down / Up, blank, add a card live, leave', async ({ app }) => {
  const { page, library } = app;
  workshopMap(app);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  await expect(page.getByRole('group', { name: /Customer step 1/ })).toBeVisible();

  await page.keyboard.press('F5');
  const bar = page.getByRole('banner', { name: 'Presentation' });
  await expect(bar.getByRole('heading')).toHaveText('Stage 1 of 5: Awareness');
  // No editor chrome: no palette, no side panel, no editor toolbar.
  await expect(page.getByRole('complementary', { name: 'Card types' })).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Editor' })).toHaveCount(0);
  expect(await cardTextPx(page)).toBeGreaterThanOrEqual(24);

  const names = ['Awareness', 'Consideration', 'Decision', 'Action (Purchase)', 'Loyalty'];
  for (let i = 1; i < 5; i++) {
    await page.keyboard.press('PageDown');
    await expect(bar.getByRole('heading')).toHaveText(`Stage ${i + 1} of 5: ${names[i]}`);
    expect(await cardTextPx(page)).toBeGreaterThanOrEqual(24);
  }
  await page.keyboard.press('PageDown');
  await expect(bar.getByRole('heading')).toHaveText('Stage 5 of 5: Loyalty');
  for (let i = 3; i >= 0; i--) {
    await page.keyboard.press('PageUp');
    await expect(bar.getByRole('heading')).toHaveText(`Stage ${i + 1} of 5: ${names[i]}`);
  }

  await page.keyboard.press('b');
  await expect(page.getByTestId('present-blank')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(bar.getByRole('heading')).toHaveText('Stage 1 of 5: Awareness');
  await page.keyboard.press('B');
  await expect(page.getByTestId('present-blank')).toHaveCount(0);

  // Live capture: double-click the spotlighted stage's (empty) Touchpoints cell and type.
  const doc = storedMap(library);
  const lane = doc.lanes.find((l) => l.name === 'Touchpoints & channels')!;
  const cell = page.locator(`[data-cell="${lane.id}:${doc.stages[0]!.id}"]`);
  const box = (await cell.boundingBox())!;
  expect(box.y + 20).toBeLessThan(1080);
  await page.mouse.dblclick(box.x + box.width / 2, box.y + 20);
  await page.keyboard.type('Idea from the room');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /Idea from the room/ })).toBeVisible();
  await expect(bar).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Editor' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Saved|Unsaved|Saving/ })).toHaveText('Saved');
  expect(storedMap(library).cards.map((c) => c.text)).toContain('Idea from the room');
});

test('the projector theme at 1920×1080, one stage spotlighted, with the timer running', async ({ app }) => {
  const { page } = app;
  workshopMap(app);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.getByLabel('Projector (high contrast)').check();
  await expect(page.locator('html')).toHaveClass(/theme-projector/);
  // A click on the bar's checkbox must not swallow the clicker's keys.
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('banner', { name: 'Presentation' }).getByRole('heading')).toHaveText(
    'Stage 2 of 5: Consideration',
  );
  const timer = page.getByRole('group', { name: 'Timer' });
  await timer.getByLabel('Minutes').fill('2');
  await timer.getByRole('button', { name: 'Start' }).click();
  await expect(timer.getByRole('timer')).not.toHaveText('2:00');
  await timer.getByRole('button', { name: 'Pause' }).click();
  const paused = await timer.getByRole('timer').textContent();
  await page.waitForTimeout(1200);
  await expect(timer.getByRole('timer')).toHaveText(paused!);
  // The timer's reading depends on the moment the test paused it: masked.
  await expect(page).toHaveScreenshot('present-projector-1920.png', { mask: [timer.getByRole('timer')] });
  await page.getByRole('button', { name: 'Whole map' }).click();
  await expect(page).toHaveScreenshot('present-whole-map-projector-1920.png', { mask: [timer.getByRole('timer')] });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByLabel('Projector (high contrast)').uncheck();
  await expect(page).toHaveScreenshot('present-whole-map-1440.png', { mask: [timer.getByRole('timer')] });
});

test('one stage fits a 1920×1080 projector with every lane, labels beside it, no editing chrome; leaving restores the view', async ({
  app,
}) => {
  const { page } = app;
  workshopMap(app);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  await expect(page.locator('.card').first()).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(400);
  const before = await page.locator('.react-flow__viewport').getAttribute('style');
  await page.getByRole('button', { name: 'Present' }).click();
  const lanes = page.getByRole('list', { name: 'Lanes of this stage' }).getByRole('listitem');
  await expect(lanes).toHaveCount(6);
  for (const lane of await lanes.all()) await expect(lane).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('status').filter({ hasText: /Lanes \d/ })).toHaveCount(0);
  expect(await cardTextPx(page)).toBeGreaterThanOrEqual(24);
  await expect(page.locator('.cell-add:visible')).toHaveCount(0);
  await expect(page.locator('.header-action:visible')).toHaveCount(0);
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add cards' }).click();
  await expect(page.locator('.cell-add:visible').first()).toBeVisible();
  await expect(page).toHaveScreenshot('present-spotlight-1920.png');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('banner', { name: 'Presentation' })).toHaveCount(0);
  await expect.poll(() => page.locator('.react-flow__viewport').getAttribute('style')).toBe(before);
});

test('at 1440×900 a tall column is shown a group of whole lanes at a time, and says what is below', async ({ app }) => {
  const { page, library } = app;
  library.createExample('tesla');
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await openFromLibrary(page, /^Tesla/);
  await page.getByRole('button', { name: 'Present' }).click();
  const more = page.getByRole('status').filter({ hasText: /Lanes 1–\d of 6/ });
  const fitsAll = (await more.count()) === 0;
  if (!fitsAll) {
    await expect(more).toContainText('Down arrow');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('status').filter({ hasText: /of 6/ })).not.toContainText('Lanes 1–');
    const lanes = page.getByRole('list', { name: 'Lanes of this stage' }).getByRole('listitem');
    for (const lane of await lanes.all()) await expect(lane).toBeInViewport({ ratio: 1 });
  }
  expect(await cardTextPx(page)).toBeGreaterThanOrEqual(24);
  await expect(page).toHaveScreenshot('present-spotlight-1440.png');
});

test('at 1366×768 a stage that cannot fit pages by whole lanes: the next lane is never shown cut', async ({ app }) => {
  const { page, library } = app;
  const map = library.createExample('shopee-retail');
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await openFromLibrary(page, map.document.title);
  await page.getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('status').filter({ hasText: /Lanes 1–\d of 6/ })).toBeVisible();
  // The pain point of this stage is in the next group: not drawn half under the screen's edge.
  const below = page.getByRole('group', { name: /Khó phân biệt hàng chính hãng/ });
  const cover = (await page.locator('.present-below').boundingBox())!;
  expect(cover.y + cover.height).toBeGreaterThanOrEqual(767);
  const box = await below.boundingBox();
  if (box) expect(box.y).toBeGreaterThanOrEqual(cover.y);
  await page.keyboard.press('ArrowDown');
  await expect(below).toBeInViewport({ ratio: 1 });
  expect(await cardTextPx(page)).toBeGreaterThanOrEqual(24);
});
