import { busyMap } from '../helpers/busyMap';
import { expect, test } from './fixtures';
import { cellCenter, centerOf, createMap, dragMouse, fitMap, storedMap, waitSaved } from './harness/canvas';

async function addCard(page: import('@playwright/test').Page, cell: string, text: string) {
  await page.getByRole('button', { name: `Add card: ${cell}` }).click();
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('shift-click selects several cards, which move, duplicate and delete together', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await createMap(page);
  await addCard(page, 'Awareness · Actions', 'Một');
  await addCard(page, 'Consideration · Actions', 'Hai');
  const one = page.getByRole('group', { name: 'Action: Một' });
  const two = page.getByRole('group', { name: 'Action: Hai' });
  await one.click();
  await two.click({ modifiers: ['Shift'] });
  await expect(page.getByRole('heading', { name: '2 cards' })).toBeVisible();
  // The selection brought the details panel back beside the map: fit the map to what is left.
  await fitMap(page);

  const target = await cellCenter(page, library, 'Opportunities', 'Loyalty');
  await dragMouse(page, await centerOf(one), target);
  await waitSaved(page);
  const moved = storedMap(library).cards;
  expect(moved.every((c) => c.laneId === target.laneId && c.stageId === target.stageId)).toBe(true);
  expect(moved.sort((a, b) => a.order - b.order).map((c) => c.text)).toEqual(['Một', 'Hai']);

  await page.keyboard.press('Control+d');
  await expect(page.locator('.react-flow__node-card')).toHaveCount(4);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node-card')).toHaveCount(2);
});

test('a marquee drag selects the cards it touches; Escape clears the selection', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createMap(page);
  await addCard(page, 'Awareness · Thoughts', 'A');
  await addCard(page, 'Consideration · Thoughts', 'B');
  await addCard(page, 'Loyalty · Thoughts', 'C');
  const a = (await page.getByRole('group', { name: 'Thought: A' }).boundingBox())!;
  const b = (await page.getByRole('group', { name: 'Thought: B' }).boundingBox())!;
  await page.keyboard.press('Escape');
  await dragMouse(page, { x: a.x - 6, y: a.y - 6 }, { x: b.x + b.width / 2, y: b.y + b.height + 4 });
  await expect(page.getByRole('heading', { name: '2 cards' })).toBeVisible();
  await page.keyboard.press('Escape');
  // Nothing selected: the details panel rests as a strip of its tabs, and the map takes the width.
  await expect(page.locator('.side-column.is-resting')).toBeVisible();
  await expect(page.getByText('Select a card to see its details.')).toHaveCount(0);
  const strip = (await page.locator('.side-column').boundingBox())!;
  expect(strip.width).toBeLessThan(140);
  // Asked for by hand, the details panel opens with its hint; a selection opens it too.
  await page.locator('.side-column [role="group"]').getByRole('button', { name: 'Details', exact: true }).click();
  await expect(page.getByText('Select a card to see its details.')).toBeVisible();
  await page.getByRole('group', { name: 'Thought: A' }).click();
  await expect(page.locator('.side-column.is-resting')).toHaveCount(0);
  // Nothing selected again: it rests again. Selecting the map's rightmost card brings it back, and
  // the card moves into view beside it instead of under it.
  await page.keyboard.press('Escape');
  await expect(page.locator('.side-column.is-resting')).toBeVisible();
  await fitMap(page);
  await page.getByRole('group', { name: 'Thought: C' }).click();
  await expect(page.locator('.side-column.is-resting')).toHaveCount(0);
  await expect
    .poll(async () => {
      const pane = (await page.locator('.react-flow').boundingBox())!;
      const card = (await page.getByRole('group', { name: 'Thought: C' }).boundingBox())!;
      return card.x + card.width <= pane.x + pane.width && card.x >= pane.x;
    })
    .toBe(true);
  expect((await page.locator('.side-column').boundingBox())!.width).toBeGreaterThan(250);
});

test('copy and paste cards into another map, keeping their shape', async ({ app }) => {
  const { page, library } = app;
  const source = library.maps.create({ kind: 'current-state', language: 'vi', title: 'Nguồn' });
  library.maps.save({ ...busyMap(10), id: source.document.id, title: 'Nguồn' }, 1);
  const target = library.maps.create({ kind: 'current-state', language: 'vi', title: 'Đích' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await page.getByRole('button', { name: 'Nguồn', exact: true }).click();
  await page.getByRole('group', { name: /Thấy quảng cáo trên TikTok/ }).click();
  await page.getByRole('group', { name: /Được bạn bè giới thiệu qua Zalo/ }).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');
  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('button', { name: 'Đích', exact: true }).click();
  await page.getByRole('button', { name: 'Add card: Cân nhắc · Hành động' }).click();
  await page.keyboard.press('Escape'); // an empty card selects Cân nhắc × Hành động as the active cell
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('group', { name: /Thấy quảng cáo trên TikTok/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /Được bạn bè giới thiệu qua Zalo/ })).toBeVisible();
  await waitSaved(page);
  const pasted = library.maps.load(target.document.id).document;
  const [first, second] = [...pasted.cards].sort((x, y) => x.text.localeCompare(y.text));
  const lanes = pasted.lanes.filter((l) => l.type === 'cards').map((l) => l.id);
  // Copied from Actions and the lane below it: pasted with the same one-lane offset.
  expect(lanes.indexOf(second!.laneId) - lanes.indexOf(first!.laneId)).toBe(-1);
  expect(pasted.cards.every((c) => c.stageId === pasted.stages[1]!.id)).toBe(true);
});

test('pasting plain text makes one card; pasting an image only explains why nothing happened', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await createMap(page);
  const paste = (data: Record<string, string>) =>
    page.evaluate((items) => {
      const dt = new DataTransfer();
      for (const [type, value] of Object.entries(items)) dt.setData(type, value);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
    }, data);
  await paste({ 'text/html': '<b>bold</b><img src=x onerror="window.__pwned=1">', 'text/plain': 'Ghi chú từ email' });
  await expect(page.getByRole('group', { name: 'Action: Ghi chú từ email' })).toBeVisible();
  await paste({ 'image/png': 'not really an image' });
  await expect(page.getByTestId('notice')).toContainText('Nothing to paste');
  await paste({ 'text/plain': 'x'.repeat(25_000) });
  await expect(page.getByTestId('notice')).toContainText('cut to 20,000 characters');
  await waitSaved(page);
  const cards = storedMap(library).cards;
  expect(cards.map((c) => c.text.length).sort((a, b) => a - b)).toEqual([16, 20_000]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a connector is selected by clicking it and deleted with Delete; it follows its cards', async ({ app }) => {
  const { page, library } = app;
  library.maps.create({ kind: 'current-state', language: 'en', title: 'Clinic' });
  await app.open();
  await page.getByRole('button', { name: 'Clinic', exact: true }).click();
  await fitMap(page);
  await addCard(page, 'Awareness · Actions', 'Đặt lịch khám');
  await addCard(page, 'Consideration · Pain points', 'Chờ lâu');
  const from = page.locator('.react-flow__node-card', { has: page.getByRole('group', { name: /Đặt lịch khám/ }) });
  const to = page.locator('.react-flow__node-card', { has: page.getByRole('group', { name: /Chờ lâu/ }) });
  await from.hover();
  await dragMouse(
    page,
    await centerOf(from.locator('.react-flow__handle-right')),
    await centerOf(to.locator('.react-flow__handle-left')),
  );
  const edge = page.locator('.react-flow__edge');
  await expect(edge).toHaveCount(1);
  // A card selected: the details panel is beside the map; fit the map to what is left.
  await fitMap(page);
  const pathBefore = await edge.locator('path').first().getAttribute('d');

  // Moving the target card re-routes the arrow.
  const target = await cellCenter(page, library, 'Opportunities', 'Loyalty');
  await dragMouse(page, await centerOf(to), target);
  await expect.poll(() => edge.locator('path').first().getAttribute('d')).not.toBe(pathBefore);

  // Click on the connector itself: the middle of its routed path, in screen coordinates.
  const onPath = await edge.locator('.react-flow__edge-interaction').evaluate((el) => {
    const path = el as SVGPathElement;
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
  await page.mouse.click(onPath.x, onPath.y);
  await expect(edge).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(edge).toHaveCount(0);
  await waitSaved(page);
  expect(storedMap(library).connectors).toEqual([]);
  expect(storedMap(library).cards).toHaveLength(2);
});
