import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { openFromLibrary, waitSaved } from './harness/canvas';

test('menu choices reach the same commands: Export ▸ PDF, New map, About; the menu hears state and language', async ({
  app,
}) => {
  const { page, library } = app;
  library.createExample('tesla');
  await app.open();
  await openFromLibrary(page, /^Tesla/);

  // The renderer told the menu what can run: export with a map open, no undo yet.
  await expect.poll(() => app.menuStates.at(-1)?.enabled.includes('file.export.pdf')).toBe(true);
  expect(app.menuStates.at(-1)!.language).toBe('en');
  expect(app.menuStates.at(-1)!.enabled).not.toContain('edit.undo');

  await app.menu('file.export.pdf');
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('notice')).toContainText('.pdf');
  const pdf = app.dialogs.saved.at(-1)!;
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('over-the-air');

  await app.menu('card.add');
  await page.keyboard.type('Added from the menu');
  await page.keyboard.press('Enter');
  await waitSaved(page);
  await expect.poll(() => app.menuStates.at(-1)?.enabled.includes('edit.undo')).toBe(true);

  await app.menu('help.shortcuts');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toContainText('Present');
  await shortcuts.getByRole('button', { name: 'Close' }).click();

  await app.menu('help.about');
  const about = page.getByRole('dialog', { name: 'About Waymark' });
  await expect(about).toContainText('Version 0.1.0');
  await expect(about).toContainText(library.file);
  await about.getByRole('button', { name: 'Close' }).click();

  await app.menu('file.newMap');
  await expect(page.getByRole('dialog', { name: 'New map' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(library.maps.list()[0]!.cardCount).toBeGreaterThan(20);

  // File ▸ Recent lists the map opened before, and opens it.
  const tesla = library.maps.list()[0]!;
  await expect.poll(() => app.menuStates.at(-1)?.recent?.map((r) => r.id)).toContain(tesla.id);
  await app.menu(`file.open:${tesla.id}`);
  await expect(page.getByRole('heading', { name: tesla.title })).toBeVisible();
  // View ▸ Dark mode toggles the dark theme.
  await app.menu('view.dark');
  await expect(page.locator('html')).toHaveClass(/theme-dark/);
  await app.menu('view.dark');
  await expect(page.locator('html')).not.toHaveClass(/theme-dark/);
  await page.getByRole('button', { name: '← Library' }).click();

  // Switching the language re-labels the native menu.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Language').selectOption('vi');
  await expect.poll(() => app.menuStates.at(-1)?.language).toBe('vi');
});
