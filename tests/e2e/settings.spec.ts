import { expect, test } from './fixtures';

test('settings show the library file, reveal it in the file manager, and set export defaults', async ({ app }) => {
  const { page, library } = app;
  library.createExample('tesla');
  await app.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toContainText(library.file);
  await settings.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => app.shownInFolder).toEqual([library.file]);
  await settings.getByLabel('PDF pages').selectOption('tiles');
  await settings.getByLabel('PNG scale').selectOption('3');
  await settings.getByRole('button', { name: 'Close' }).click();

  await page
    .getByRole('button', { name: /^Tesla/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export PDF' }).getByLabel(/Tiled pages/)).toBeChecked();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PNG image…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export PNG' }).getByLabel('Scale')).toHaveValue('3');
});
