import { busyMap } from '../helpers/busyMap';
import { expect, test } from './fixtures';
import { waitSaved } from './harness/canvas';

test('a busy Vietnamese map renders as a clean journey map', async ({ app }) => {
  const { page, library } = app;
  const created = library.maps.create({ kind: 'current-state', language: 'vi' });
  const doc = { ...busyMap(), id: created.document.id };
  library.maps.save(doc, 1);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await page.getByRole('button', { name: doc.title, exact: true }).click();
  await expect(page.locator('.react-flow__node-card')).toHaveCount(40);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // No card's text overflows its box.
  const overflowing = await page.locator('.card').evaluateAll(
    (cards) =>
      cards.filter((c) => {
        const content = c.querySelector('.card-content')!.getBoundingClientRect();
        return content.bottom > c.getBoundingClientRect().bottom + 0.5;
      }).length,
  );
  expect(overflowing).toBe(0);
  await waitSaved(page);
});
