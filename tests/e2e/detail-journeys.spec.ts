import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test } from './fixtures';
import { openFromLibrary, waitSaved } from './harness/canvas';

test('a card opens into a detail journey: linked from the inspector, Ctrl+click opens it, the breadcrumb leads back, a deleted one is marked broken', async ({
  app,
}) => {
  const { page, library } = app;
  const overview = library.createExample('shopee-retail');
  const detail = library.maps.create({ kind: 'current-state', language: 'vi', title: 'Thanh toán chi tiết' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await openFromLibrary(page, overview.document.title);

  // Linked in the inspector: the card gets a badge that names the map it opens.
  const card = page.getByRole('group', { name: /Đặt hàng, dùng mã giảm giá/ });
  await card.click();
  const field = page.getByRole('combobox', { name: 'Detail journey' });
  await expect(field.locator('option')).toContainText(['None', 'Thanh toán chi tiết']);
  // A map never opens into itself: it is not offered.
  await expect(field.locator('option', { hasText: overview.document.title })).toHaveCount(0);
  await field.selectOption({ label: 'Thanh toán chi tiết' });
  const badge = card.getByRole('button', { name: 'Opens “Thanh toán chi tiết” (Ctrl+click the card)' });
  await expect(badge).toBeVisible();
  await waitSaved(page);
  const linked = library.maps.load(overview.document.id).document.cards.find((c) => c.detail !== null)!;
  expect(linked.detail).toBe(detail.document.id);
  // One undoable edit.
  await page.keyboard.press('Control+z');
  await expect(badge).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(badge).toBeVisible();

  // The card names the map on its meta line, as the exports do; a CSV export names it too.
  await expect(card.locator('.card-detail-name')).toHaveText('↳ Thanh toán chi tiết');
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'CSV spreadsheet' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported');
  const csv = readFileSync(app.dialogs.saved.at(-1)!, 'utf8').split('\r\n');
  expect(csv[0]).toContain('detail journey');
  expect(csv.find((row) => row.includes('Đặt hàng, dùng mã giảm giá'))).toContain('Thanh toán chi tiết');

  // Ctrl+click opens it; the breadcrumb leads back.
  await card.click({ modifiers: ['Control'] });
  await expect(page.getByRole('heading', { level: 1, name: 'Thanh toán chi tiết' })).toBeVisible();
  const trail = page.getByRole('navigation', { name: 'Detail journeys opened' });
  await trail.getByRole('button', { name: `‹ Back to ${overview.document.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: overview.document.title })).toBeVisible();
  await expect(trail).toHaveCount(0);

  // A stage opens into a detail journey too: linked from its header, opened by its badge.
  const stage = page.getByRole('heading', { level: 3, name: 'Quyết định' });
  await stage.hover();
  await stage.getByRole('button', { name: 'Detail journey of Quyết định' }).click();
  await stage.getByRole('combobox', { name: 'Detail journey' }).selectOption({ label: 'Thanh toán chi tiết' });
  await waitSaved(page);
  expect(library.maps.load(overview.document.id).document.stages.find((s) => s.name === 'Quyết định')!.detail).toBe(
    detail.document.id,
  );
  await stage.getByRole('button', { name: 'Opens “Thanh toán chi tiết”', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thanh toán chi tiết' })).toBeVisible();
  await trail.getByRole('button', { name: `‹ Back to ${overview.document.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: overview.document.title })).toBeVisible();

  // The library shows the family: the detail map names its parent, the parent counts its children,
  // and "Family" filters the list to the maps joined by links.
  const other = library.maps.create({ kind: 'current-state', language: 'en', title: 'Unrelated map' });
  await page.getByRole('button', { name: '← Library' }).click();
  const item = (title: string) => page.locator('.map-item', { has: page.getByRole('button', { name: title }) });
  await expect(item('Thanh toán chi tiết').locator('.map-family')).toContainText(
    `Detail of “${overview.document.title}”`,
  );
  await expect(item(overview.document.title).locator('.map-family')).toContainText('Opens into 1 detail map');
  await expect(item(other.document.title)).toBeVisible();
  await expect(item(other.document.title).locator('.map-family')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show “Thanh toán chi tiết” with the maps linked to it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The family of “Thanh toán chi tiết”' })).toBeVisible();
  await expect(page.locator('.map-item')).toHaveCount(2);
  await expect(item(other.document.title)).toHaveCount(0);
  await page.getByRole('button', { name: 'Show all maps' }).click();
  await expect(item(other.document.title)).toBeVisible();

  // Deleting the detail map asks first, naming the map that opens into it; Cancel changes nothing.
  await page.getByRole('button', { name: 'Move Thanh toán chi tiết to trash' }).click();
  const ask = page.getByRole('dialog', { name: 'Move “Thanh toán chi tiết” to the trash?' });
  await expect(ask).toContainText(`“${overview.document.title}” opens into this map`);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  expect(library.maps.summary(detail.document.id).deletedAt).toBeNull();
  await page.getByRole('button', { name: 'Move Thanh toán chi tiết to trash' }).click();
  await ask.getByRole('button', { name: 'Move to trash' }).click();
  await expect(item('Thanh toán chi tiết')).toHaveCount(0);
  expect(library.maps.summary(detail.document.id).deletedAt).not.toBeNull();
  // An unlinked map goes to the trash without a question.
  await page.getByRole('button', { name: `Move ${other.document.title} to trash` }).click();
  await expect(item(other.document.title)).toHaveCount(0);

  // The link stays, marked broken; opening it says why, no crash.
  await openFromLibrary(page, overview.document.title);
  const gone = page
    .getByRole('group', { name: /Đặt hàng, dùng mã giảm giá/ })
    .getByRole('button', { name: 'Its detail journey is no longer in the library' });
  await expect(gone).toBeVisible();
  await gone.click();
  await expect(page.getByTestId('notice')).toContainText('no longer in the library');
  await expect(page.getByRole('heading', { level: 1, name: overview.document.title })).toBeVisible();
});
