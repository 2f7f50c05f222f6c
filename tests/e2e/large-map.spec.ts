import { syntheticMap } from '../../bench/synthetic';
import { expect, test } from './fixtures';
import { storedMap, waitSaved } from './harness/canvas';

test('a 1,000-card map opens at overview zoom; editing a card there zooms in and types into it', async ({ app }) => {
  const { page, library } = app;
  const created = library.maps.create({ kind: 'current-state', language: 'vi' });
  const doc = { ...syntheticMap(1000), id: created.document.id };
  library.maps.save(doc, 1);
  await app.open();
  await page.getByRole('button', { name: 'Bench 1000', exact: true }).click();
  // Only the cards on screen are in the DOM (RENDER_ON_SCREEN_AFTER): the overview shows the top.
  await expect(page.locator('.react-flow__node-card').first()).toBeVisible();
  const rendered = await page.locator('.react-flow__node-card').count();
  expect(rendered).toBeGreaterThan(20);
  expect(rendered).toBeLessThan(1000);
  await expect(page.getByTestId('canvas')).toHaveClass(/is-far/);
  await expect(page.locator('.card-content')).toHaveCount(0); // blocks only, at overview zoom
  // The overview starts folded below 1600 px wide; shown, it moves the view.
  await page.getByRole('button', { name: 'Show the overview' }).click();
  await expect(page.getByRole('group', { name: 'Map overview: click or drag to move the view' })).toBeVisible();

  const target = await page.evaluate(() => {
    const card = [...document.querySelectorAll('.react-flow__node-card')].find((n) => {
      const r = n.getBoundingClientRect();
      return r.top > 80 && r.left > 220 && r.bottom < innerHeight - 40 && r.right < innerWidth - 260;
    })!;
    const r = card.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, id: card.getAttribute('data-id')! };
  });
  await page.mouse.dblclick(target.x, target.y);
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await expect(page.getByTestId('canvas')).not.toHaveClass(/is-far/);
  await page.keyboard.press('End');
  await page.keyboard.type(' — đã sửa');
  await page.keyboard.press('Enter');
  await waitSaved(page);
  expect(storedMap(library).cards.find((c) => c.id === target.id)!.text).toMatch(/— đã sửa$/);
});

test('on a map that renders only what is on screen, the guide takes the focus to a card that was not rendered', async ({
  app,
}) => {
  const { page, library } = app;
  const created = library.maps.create({ kind: 'current-state', language: 'vi' });
  const map = syntheticMap(1000);
  const lanes = map.lanes.filter((l) => l.type === 'cards');
  // One card in the last lane and stage is the only assumption: the review lists it first.
  const far = map.cards.find((c) => c.laneId === lanes.at(-1)!.id && c.stageId === map.stages.at(-1)!.id)!;
  const cards = map.cards.map((c) => ({
    ...c,
    evidence: c.id === far.id ? ('assumed' as const) : ('observed' as const),
  }));
  library.maps.save({ ...map, cards, id: created.document.id }, 1);
  await app.open();
  await page.getByRole('button', { name: 'Bench 1000', exact: true }).click();
  await expect(page.locator('.react-flow__node-card').first()).toBeVisible();
  await expect(page.locator(`[data-id="${far.id}"]`)).toHaveCount(0);

  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Guide', exact: true }).click();
  await page.locator('.health-list button').first().click();
  await expect(page.locator(`[data-id="${far.id}"]`)).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('[data-id]')?.getAttribute('data-id')))
    .toBe(far.id);
});
