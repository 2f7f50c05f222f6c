import { expect, test } from './fixtures';
import { centerOf, createMap, dragMouse, storedMap, waitSaved } from './harness/canvas';

test('stages: add, rename inline, resize, delete with its cards, and undo', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await createMap(page);

  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Stage 6' })).toBeVisible();

  await page.getByRole('heading', { level: 3, name: 'Stage 6' }).locator('.stage-grab').dblclick();
  await page.getByRole('textbox', { name: 'Stage name' }).fill('Giới thiệu bạn bè');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Giới thiệu bạn bè' })).toBeVisible();

  const header = page.getByRole('heading', { level: 3, name: 'Decision' });
  const before = (await header.boundingBox())!;
  const grip = page.getByRole('separator', { name: 'Resize stage Decision' });
  const g = await centerOf(grip);
  await dragMouse(page, g, { x: g.x + 120, y: g.y });
  await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(before.width + 60);

  await page.getByRole('button', { name: 'Add card: Decision · Thoughts' }).click();
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.type('Có nên mua bây giờ?');
  await page.keyboard.press('Enter');
  await header.hover();
  await page.getByRole('button', { name: 'Delete stage Decision' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Decision' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: /Có nên mua/ })).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { level: 3, name: 'Decision' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Có nên mua/ })).toBeVisible();
  await waitSaved(page);
  const doc = storedMap(library);
  expect(doc.stages.map((s) => s.name)).toEqual([
    'Awareness',
    'Consideration',
    'Decision',
    'Action (Purchase)',
    'Loyalty',
    'Giới thiệu bạn bè',
  ]);
  expect(doc.stages[2]!.width).toBeGreaterThan(300);
});

test('lanes: add, rename, reorder by drag, hide to a strip and show again, delete', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await createMap(page);
  await page.getByRole('button', { name: '+ Add lane' }).click();
  const lane = page.getByRole('heading', { level: 4, name: 'New lane' });
  await expect(lane).toBeVisible();
  await lane.locator('.lane-grab').dblclick();
  await page.getByRole('textbox', { name: 'Lane name' }).fill('Kênh Zalo');
  await page.keyboard.press('Enter');
  const zalo = page.getByRole('heading', { level: 4, name: 'Kênh Zalo' });

  // Drag it up onto the Thoughts row.
  await dragMouse(
    page,
    await centerOf(zalo.locator('.lane-grab')),
    await centerOf(page.getByRole('heading', { level: 4, name: 'Thoughts' })),
  );
  await waitSaved(page);
  expect(
    storedMap(library)
      .lanes.map((l) => l.name)
      .indexOf('Kênh Zalo'),
  ).toBe(2);

  await page.getByRole('button', { name: 'Hide lane Thoughts' }).click();
  await expect(page.getByRole('button', { name: 'Show lane Thoughts' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Add card: .* · Thoughts$/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show lane Thoughts' }).click();
  await expect(page.getByRole('button', { name: 'Add card: Awareness · Thoughts' })).toBeVisible();

  await zalo.hover();
  await page.getByRole('button', { name: 'Delete lane Kênh Zalo' }).click();
  await expect(page.getByRole('heading', { level: 4, name: 'Kênh Zalo' })).toHaveCount(0);
  await waitSaved(page);
  expect(storedMap(library).lanes.map((l) => l.name)).toEqual([
    'Actions',
    'Touchpoints & channels',
    'Thoughts',
    'Emotions',
    'Pain points',
    'Opportunities',
  ]);
});
