import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { centerOf, dragMouse, fitMap } from './harness/canvas';

const LONG =
  'Khách hàng so sánh giá trên Shopee, Lazada và TikTok Shop, đọc hơn hai mươi đánh giá có ảnh thật, hỏi bạn bè trên Zalo rồi mới quyết định đặt hàng vào buổi tối.';

async function openNewMap(page: Page, open: () => Promise<void>) {
  await open();
  await page.getByRole('button', { name: 'New map' }).click();
  await page.getByRole('dialog', { name: 'New map' }).getByRole('button', { name: 'Create map' }).click();
  // A map created without a title opens its title for typing; Escape keeps "Untitled journey".
  await expect(page.getByRole('textbox', { name: 'Map title' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 3, name: 'Awareness' })).toBeVisible();
  await fitMap(page);
}

test('double-clicking an empty cell adds a card there, ready to type; long text is never clipped', async ({ app }) => {
  const { page, library } = app;
  await openNewMap(page, app.open);
  const doc = library.maps.list()[0]!;
  const { document } = library.maps.load(doc.id);
  const painLane = document.lanes.find((l) => l.name === 'Pain points')!;
  const decision = document.stages[2]!;

  const cell = (await page.locator(`[data-cell="${painLane.id}:${decision.id}"]`).boundingBox())!;
  await page.mouse.dblclick(cell.x + cell.width / 2, cell.y + cell.height / 2);
  await page.keyboard.type(LONG);
  await page.keyboard.press('Enter');
  const card = page.getByRole('group', { name: /Pain point: Khách hàng so sánh/ });
  await expect(card).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');

  // The card grew to fit its text: nothing overflows the card box.
  const overflow = await card.evaluate((el) => {
    const content = el.querySelector('.card-content') as HTMLElement;
    return content.getBoundingClientRect().bottom - el.getBoundingClientRect().bottom;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  const stored = library.maps.load(doc.id).document.cards;
  expect(stored).toMatchObject([{ laneId: painLane.id, stageId: decision.id, type: 'pain-point', text: LONG }]);
});

test('undo and redo with the keyboard, saved each time', async ({ app }) => {
  const { page, library } = app;
  await openNewMap(page, app.open);
  await page.getByRole('button', { name: 'Add card: Awareness · Thoughts' }).click();
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.type('Xe điện có đắt không?');
  await page.keyboard.press('Enter');
  const card = page.getByRole('group', { name: /Thought: Xe điện có đắt không\?/ });
  await expect(card).toBeVisible();

  await page.keyboard.press('Control+z'); // the text edit
  await page.keyboard.press('Control+z'); // the card itself
  await expect(card).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const id = library.maps.list()[0]!.id;
  expect(library.maps.load(id).document.cards).toEqual([]);

  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+y');
  await expect(card).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(library.maps.load(id).document.cards.map((c) => c.text)).toEqual(['Xe điện có đắt không?']);
});

test('a selected card is deleted with the Delete key; Escape cancels an edit', async ({ app }) => {
  const { page } = app;
  await openNewMap(page, app.open);
  await page.getByRole('button', { name: 'Add card: Loyalty · Opportunities' }).click();
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.type('Chương trình khách hàng thân thiết');
  await page.keyboard.press('Enter');
  const card = page.getByRole('group', { name: /Chương trình khách hàng thân thiết/ });

  await card.dblclick();
  await page.keyboard.type(' — draft that is thrown away');
  await page.keyboard.press('Escape');
  await expect(card).toHaveAccessibleName(/Chương trình khách hàng thân thiết$/);

  await card.click();
  await page.keyboard.press('Delete');
  await expect(card).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Saved');
});

test('the emotion lane takes one point per stage, dragged or stepped with the arrow keys', async ({ app }) => {
  const { page, library } = app;
  await openNewMap(page, app.open);
  const placeholder = page.getByRole('button', { name: 'Set emotion at Consideration (no point yet)' });
  const lane = (await page.locator('.emotion-lane').boundingBox())!;
  const from = await centerOf(placeholder);
  // Up to the top of the lane: a delighted customer, snapped to +3.
  await dragMouse(page, from, { x: from.x, y: lane.y + 2 });
  await expect(page.getByRole('button', { name: /^Emotion at Consideration: \+3/ })).toBeVisible();
  const point = page.getByRole('button', { name: /^Emotion at Consideration/ });

  const other = page.getByRole('button', { name: 'Set emotion at Action (Purchase) (no point yet)' });
  await other.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown'); // clamps at -3
  await expect(page.getByRole('button', { name: /^Emotion at Action \(Purchase\): -3/ })).toBeVisible();

  await point.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /^Emotion at Consideration: \+1/ })).toBeVisible();
  await expect(page.locator('.emotion-curve')).toHaveAttribute('d', /C/);

  await point.dblclick();
  await page.getByRole('textbox', { name: 'Emotion label at Consideration' }).fill('Tò mò');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Emotion at Consideration: +1, Tò mò' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  const id = library.maps.list()[0]!.id;
  const emotions = library.maps
    .load(id)
    .document.emotions.map((e) => `${e.score}:${e.label}`)
    .sort();
  expect(emotions).toEqual(['-3:', '1:Tò mò']);
});

test('a new map without a title opens with its title ready for typing, never the kind’s name', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await page.getByRole('button', { name: 'New map' }).click();
  await page.getByRole('dialog', { name: 'New map' }).getByRole('button', { name: 'Create map' }).click();
  const field = page.getByRole('textbox', { name: 'Map title' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Untitled journey');
  // Typed over the selected placeholder title, with the kind shown once, in the chip.
  await page.keyboard.type('Buying a first EV');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Buying a first EV' })).toBeVisible();
  await expect(page.locator('.kind-badge')).toHaveText('Current-state map');
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  expect(library.maps.list()[0]!.title).toBe('Buying a first EV');
});

test('the map title is renamed in place from the editor header, as one undoable edit', async ({ app }) => {
  const { page, library } = app;
  await openNewMap(page, app.open);
  await page.getByRole('heading', { name: 'Untitled journey' }).dblclick();
  await page.getByRole('textbox', { name: 'Map title' }).fill('Hành trình mua xe điện');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Hành trình mua xe điện' })).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  expect(library.maps.list()[0]!.title).toBe('Hành trình mua xe điện');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Untitled journey' })).toBeVisible();
});
