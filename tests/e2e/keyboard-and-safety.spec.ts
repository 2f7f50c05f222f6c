import { expect, test } from './fixtures';
import { cardStyle } from '../../shared/render/cardStyle';
import { createMap, storedMap, waitSaved } from './harness/canvas';

test('keyboard only: add with N, type, move between cards with arrows, edit with Enter, delete', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await createMap(page);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  await page.keyboard.type('Thẻ thứ nhất');
  await page.keyboard.press('Enter');
  await page.keyboard.press('n');
  await page.keyboard.type('Thẻ thứ hai');
  await page.keyboard.press('Enter');
  const first = page.getByRole('group', { name: 'Action: Thẻ thứ nhất' });
  const second = page.getByRole('group', { name: 'Action: Thẻ thứ hai' });
  await expect(second).toHaveClass(/is-selected/);
  await page.keyboard.press('ArrowUp');
  await expect(first).toHaveClass(/is-selected/);
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' (sửa)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Action: Thẻ thứ nhất (sửa)' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Delete');
  await expect(second).toHaveCount(0);
  await waitSaved(page);
  expect(storedMap(library).cards.map((c) => c.text)).toEqual(['Thẻ thứ nhất (sửa)']);
});

test('card text is shown as text, never run as HTML; a 10,000-character card wraps and the map stays usable', async ({
  app,
}) => {
  const { page, library } = app;
  await app.open();
  await createMap(page);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page.getByRole('button', { name: 'Add card: Awareness · Thoughts' }).click();
  await page.getByRole('textbox', { name: 'Card text' }).fill(payload);
  await page.keyboard.press('Enter');
  await expect(page.locator('.card-text', { hasText: payload })).toBeVisible();
  expect(await page.locator('.card img, .card script').count()).toBe(0);

  const long = Array.from({ length: 1000 }, (_, i) => `từ${i}`)
    .join(' ')
    .slice(0, 10_000);
  await page.getByRole('button', { name: 'Add card: Decision · Pain points' }).click();
  await page.getByRole('textbox', { name: 'Card text' }).fill(long);
  await page.keyboard.press('Enter');
  const big = page.getByRole('group', { name: /Pain point: từ0 từ1/ });
  await expect(big).toBeVisible();
  const box = (await big.boundingBox())!;
  expect(box.width).toBeLessThan(400);
  await waitSaved(page);
  // Still usable: another card can be added and the map saves.
  await page.getByRole('button', { name: 'Add card: Loyalty · Actions' }).click();
  // Typed once the new card's editor has the focus (keys typed before that land elsewhere).
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.type('Vẫn dùng được');
  await page.keyboard.press('Enter');
  await waitSaved(page);
  expect(
    storedMap(library)
      .cards.map((c) => c.text.length)
      .sort((a, b) => a - b),
  ).toEqual([13, payload.length, long.length]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the inspector sets type, channel, owner, evidence and colour; typing the owner is one undo step', async ({
  app,
}) => {
  const { page, library } = app;
  await app.open();
  await createMap(page);
  await page.getByRole('button', { name: 'Add card: Awareness · Actions' }).click();
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.type('Nhắn tin cho shop');
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('complementary', { name: 'Card details' });
  await inspector.getByLabel('Type', { exact: true }).selectOption('touchpoint');
  await inspector.getByLabel('Channel').selectOption('zalo-oa');
  await inspector.getByLabel('Owner').pressSequentially('Team CSKH');
  await inspector.getByText('Observed').click();
  await inspector.getByRole('button', { name: 'Colour green' }).click();
  const card = page.getByRole('group', { name: 'Touchpoint: Nhắn tin cho shop' });
  await expect(card).toContainText('Zalo OA');
  await expect(card).toContainText('Team CSKH');
  await expect(card).toContainText('Observed');
  // The chosen colour, as the one card look declares it.
  const tint = Number.parseInt(cardStyle({ type: 'touchpoint', color: 'green' }).tint.slice(1), 16);
  await expect(card).toHaveCSS('background-color', `rgb(${tint >> 16}, ${(tint >> 8) & 255}, ${tint & 255})`);
  await waitSaved(page);
  expect(storedMap(library).cards[0]).toMatchObject({
    type: 'touchpoint',
    channel: 'zalo-oa',
    owner: 'Team CSKH',
    evidence: 'observed',
    color: 'green',
  });
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click(); // colour
  await undo.click(); // evidence
  await undo.click(); // the whole owner name at once
  await expect(card).not.toContainText('Team CSKH');
  await expect(card).toContainText('Zalo OA');
});

test('the context menu offers the card commands with their shortcuts', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createMap(page);
  await page.getByRole('button', { name: 'Add card: Awareness · Actions' }).click();
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.type('Menu');
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: 'Action: Menu' }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Card actions' });
  await expect(menu.getByRole('menuitem', { name: /Duplicate/ })).toContainText('Ctrl+D');
  await menu.getByRole('menuitem', { name: /Span one more stage/ }).click();
  const card = page.getByRole('group', { name: 'Action: Menu' });
  const widthOne = 260 - 24;
  await expect.poll(async () => (await card.boundingBox())!.width).toBeGreaterThan(widthOne * 1.5 * 0.5);
  await page.getByRole('group', { name: 'Action: Menu' }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: /Delete/ }).click();
  await expect(card).toHaveCount(0);
});

test('the canvas controls zoom in and out and fit the map; the header has no second set', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createMap(page);
  await expect(page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: /Zoom/ })).toHaveCount(0);
  const toolbar = page.locator('.react-flow__controls');
  const header = page.getByRole('heading', { level: 3, name: 'Awareness' });
  const before = (await header.boundingBox())!.width;
  await toolbar.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(before * 1.1);
  await toolbar.getByRole('button', { name: 'Fit map to screen' }).click();
  await expect.poll(async () => Math.round((await header.boundingBox())!.width)).toBe(Math.round(before));
  await toolbar.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await header.boundingBox())!.width).toBeLessThan(before * 0.9);
});
