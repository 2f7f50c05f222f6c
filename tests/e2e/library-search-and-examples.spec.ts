import { addCard, updateCard } from '../../shared/model/operations';
import { expect, test } from './fixtures';

test('starts a map from the Tesla example with filled lanes and an emotion curve', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await page.getByRole('button', { name: 'New map' }).click();
  await page.getByRole('button', { name: 'Start from example' }).click();
  await page.getByRole('radio', { name: /Tesla: from test drive/ }).check();
  await page.getByRole('button', { name: 'Create from example' }).click();
  await expect(page.getByRole('heading', { name: 'Tesla: from test drive to over-the-air updates' })).toBeVisible();
  await expect(page.locator('.card').filter({ hasText: 'Receives an over-the-air update overnight' })).toBeVisible();
  await expect(page.locator('.emotion-point')).toHaveCount(5);
  const [stored] = library.maps.list();
  expect(stored!.cardCount).toBeGreaterThan(20);
});

test('searches by a word inside one card, filters by kind and empties the trash', async ({ app }) => {
  const { page, library } = app;
  const shop = library.maps.create({ kind: 'current-state', language: 'vi', title: 'Mua sắm online' }).document;
  const withCard = updateCard(addCard(shop, { laneId: shop.lanes[0]!.id, stageId: shop.stages[0]!.id, id: 'c' }), 'c', {
    text: 'Khách hàng hỏi về mã giảm giá trên Zalo',
  });
  library.maps.save(withCard, 1);
  library.maps.create({ kind: 'service-blueprint', language: 'en', title: 'Clinic visit' });
  library.maps.create({ kind: 'day-in-the-life', language: 'en', title: 'Commuter day' });
  await app.open();

  const maps = page.getByRole('list', { name: 'Maps' });
  await expect(maps.getByRole('listitem')).toHaveCount(3);
  await expect(maps.locator('.map-thumb img').first()).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search maps by title or card text' });
  await search.fill('giam gia');
  await expect(maps.getByRole('listitem')).toHaveCount(1);
  await expect(maps).toContainText('Mua sắm online');
  await search.fill('nothing matches this');
  await expect(page.getByText('No map matches this search.')).toBeVisible();
  await search.fill('');
  await page.getByRole('combobox', { name: 'Filter by kind' }).selectOption('service-blueprint');
  await expect(maps.getByRole('listitem')).toHaveCount(1);
  await expect(maps).toContainText('Clinic visit');
  await page.getByRole('combobox', { name: 'Filter by kind' }).selectOption('');
  await page.getByRole('combobox', { name: 'Sort maps' }).selectOption('title');
  await expect(maps.getByRole('listitem').first()).toContainText('Clinic visit');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(maps).toHaveClass(/is-rows/);

  await page.getByRole('button', { name: 'Move Clinic visit to trash' }).click();
  await page.getByRole('button', { name: 'Move Commuter day to trash' }).click();
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(confirm).toContainText('2 maps in the trash');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(library.maps.list({ trash: true })).toHaveLength(2);
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect(library.maps.list({ trash: true })).toHaveLength(0);
  expect(library.maps.list()).toHaveLength(1);
});
