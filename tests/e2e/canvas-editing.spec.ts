import { CARD_TYPES } from '../../shared/model/constants';
import { CARD_TYPE_LABELS } from '../../shared/templates/labels';
import { expect, test } from './fixtures';
import { cellCenter, centerOf, createMap, dragMouse, fitMap, storedMap, waitSaved } from './harness/canvas';

const LANES = ['Actions', 'Touchpoints & channels', 'Thoughts', 'Pain points', 'Opportunities'];
const STAGES = ['Awareness', 'Consideration', 'Decision', 'Action (Purchase)', 'Loyalty'];

test('every card type dragged from the palette lands in the cell under the pointer', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await createMap(page);
  const placed: { type: string; laneId: string; stageId: string }[] = [];
  // A current-state map with an emotion curve is offered no blueprint and no emotion cards.
  const offered = CARD_TYPES.filter((t) => !['evidence', 'frontstage', 'backstage', 'support', 'emotion'].includes(t));
  for (const type of ['Frontstage action', 'Emotion'])
    await expect(page.getByRole('button', { name: new RegExp(`^${type}: drag`) })).toHaveCount(0);
  for (const [i, type] of offered.entries()) {
    const lane = LANES[i % LANES.length]!;
    const stage = STAGES[Math.floor(i / LANES.length) + (i % 2)]!;
    const target = await cellCenter(page, library, lane, stage);
    const item = page.getByRole('button', {
      name: new RegExp(`^${CARD_TYPE_LABELS[type].en.replace(/[/()]/g, '.')}: drag`),
    });
    await dragMouse(page, await centerOf(item), target);
    const editor = page.getByRole('textbox', { name: 'Card text' });
    await expect(editor).toBeFocused();
    await page.keyboard.type(`${type} card`);
    await page.keyboard.press('Enter');
    placed.push({ type, laneId: target.laneId, stageId: target.stageId });
  }
  await waitSaved(page);
  const stored = storedMap(library).cards;
  expect(stored).toHaveLength(offered.length);
  for (const p of placed)
    expect(stored.find((c) => c.type === p.type)).toMatchObject({
      laneId: p.laneId,
      stageId: p.stageId,
      text: `${p.type} card`,
    });
});

test('dropping a palette card outside the grid does nothing', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await createMap(page);
  const item = page.getByRole('button', { name: /^Note: drag/ });
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  await dragMouse(page, await centerOf(item), { x: canvas.x + canvas.width - 30, y: canvas.y + canvas.height - 200 });
  await expect(page.locator('.react-flow__node-card')).toHaveCount(0);
  expect(storedMap(library).cards).toEqual([]);
});

test('build a map, undo every step back to the empty map, redo it all, and find it after a reload', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await createMap(page, { language: 'en' });
  const empty = storedMap(library);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });

  // 1–2. A touchpoint from the palette into Awareness × Touchpoints, with text.
  const touch = await cellCenter(page, library, 'Touchpoints & channels', 'Awareness');
  await dragMouse(page, await centerOf(page.getByRole('button', { name: /^Touchpoint: drag/ })), touch);
  await page.keyboard.type('Quảng cáo TikTok');
  await page.keyboard.press('Enter');
  const card = page.getByRole('group', { name: 'Touchpoint: Quảng cáo TikTok' });
  await expect(card).toBeVisible();

  // 3–4. A pain point into Decision × Pain points, with text.
  const pain = await cellCenter(page, library, 'Pain points', 'Decision');
  await dragMouse(page, await centerOf(page.getByRole('button', { name: /^Pain point: drag/ })), pain);
  await page.keyboard.type('Phí giao hàng cao');
  await page.keyboard.press('Enter');
  const painCard = page.getByRole('group', { name: 'Pain point: Phí giao hàng cao' });
  await expect(painCard).toBeVisible();

  // 5. Move the touchpoint to Consideration × Touchpoints.
  const moveTo = await cellCenter(page, library, 'Touchpoints & channels', 'Consideration');
  await dragMouse(page, await centerOf(card), moveTo);
  await waitSaved(page);
  expect(storedMap(library).cards.find((c) => c.text === 'Quảng cáo TikTok')!.stageId).toBe(moveTo.stageId);

  // 6. Reorder stages: Loyalty to the front (the map fitted beside the details panel a selection brought back).
  await fitMap(page);
  const loyalty = page.getByRole('heading', { level: 3, name: 'Loyalty' });
  const awareness = page.getByRole('heading', { level: 3, name: 'Awareness' });
  await dragMouse(page, await centerOf(loyalty.locator('.stage-grab')), await centerOf(awareness));
  await expect(page.getByRole('heading', { level: 3 }).first()).toHaveAccessibleName('Loyalty');

  // 7. Drag the Decision emotion point from 0 to +2.
  const placeholder = page.getByRole('button', { name: 'Set emotion at Decision (no point yet)' });
  const lane = (await page.locator('.emotion-lane').boundingBox())!;
  const zoom = lane.height / 180;
  const from = await centerOf(placeholder);
  const plus2 = lane.y + lane.height / 2 - (2 / 3) * (lane.height / 2 - 24 * zoom);
  await dragMouse(page, from, { x: from.x, y: plus2 });
  await expect(page.getByRole('button', { name: /^Emotion at Decision: \+2/ })).toBeVisible();

  // 8. Draw a connector from the touchpoint to the pain point.
  await card.hover();
  const source = page.locator(`[data-card-id] .react-flow__handle-right`).first();
  const cardNode = page.locator('.react-flow__node-card', { has: card });
  const painNode = page.locator('.react-flow__node-card', { has: painCard });
  await cardNode.hover();
  const targetHandle = painNode.locator('.react-flow__handle-left');
  await dragMouse(page, await centerOf(cardNode.locator('.react-flow__handle-right')), await centerOf(targetHandle));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  void source;
  await waitSaved(page);

  const built = storedMap(library);
  expect(built.cards).toHaveLength(2);
  expect(built.connectors).toHaveLength(1);
  expect(built.stages[0]!.name).toBe('Loyalty');
  expect(built.emotions).toMatchObject([{ score: 2 }]);

  // Undo it all, step by step, back to the empty map.
  let steps = 0;
  while (await undo.isEnabled()) {
    await undo.click();
    steps += 1;
    expect(steps).toBeLessThan(20);
  }
  expect(steps).toBe(8);
  await waitSaved(page);
  await expect(page.locator('.react-flow__node-card')).toHaveCount(0);
  const undone = storedMap(library);
  expect({ ...undone, updatedAt: '' }).toEqual({ ...empty, updatedAt: '' });

  // Redo it all.
  for (let i = 0; i < steps; i++) await redo.click();
  await expect(redo).toBeDisabled();
  await waitSaved(page);

  await page.reload();
  await page.getByRole('button', { name: 'Untitled journey', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Touchpoint: Quảng cáo TikTok' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Pain point: Phí giao hàng cao' })).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 3 }).first()).toHaveAccessibleName('Loyalty');
  await expect(page.getByRole('button', { name: /^Emotion at Decision: \+2/ })).toBeVisible();
  const final = storedMap(library);
  expect(final.cards.map((c) => c.text).sort()).toEqual(['Phí giao hàng cao', 'Quảng cáo TikTok']);
  expect(final.connectors).toHaveLength(1);
});
