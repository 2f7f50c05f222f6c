import { expect } from '@playwright/test';
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

  // The detail map goes to the trash: the link stays, marked broken; opening it says why, no crash.
  library.maps.delete(detail.document.id);
  await page.getByRole('button', { name: '← Library' }).click();
  await openFromLibrary(page, overview.document.title);
  const gone = page
    .getByRole('group', { name: /Đặt hàng, dùng mã giảm giá/ })
    .getByRole('button', { name: 'Its detail journey is no longer in the library' });
  await expect(gone).toBeVisible();
  await gone.click();
  await expect(page.getByTestId('notice')).toContainText('no longer in the library');
  await expect(page.getByRole('heading', { level: 1, name: overview.document.title })).toBeVisible();
});
