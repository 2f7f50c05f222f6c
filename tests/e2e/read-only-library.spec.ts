import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLibraryServices } from '../../electron/main/library/services';
import { LIBRARY_FILE } from '../../electron/main/library/openLibrary';
import { busyMap } from '../helpers/busyMap';
import { expect, test } from './fixtures';

/** A library with one map whose file this process may not write (root is stopped by chattr +i). */
function readOnlyLibrary(dir: string): () => void {
  const lib = createLibraryServices(dir);
  lib.maps.importDocument({ ...busyMap(8), title: 'Bản đồ chỉ đọc' });
  lib.close();
  const file = join(dir, LIBRARY_FILE);
  chmodSync(file, 0o444);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chattr', ['+i', file]);
  return () => {
    if (asRoot) execFileSync('chattr', ['-i', file]);
  };
}

// An object, not a bare function: Playwright would take a function for a fixture.
test.use({ prepareLibrary: { prepare: readOnlyLibrary } });

test('a read-only library shows and exports maps, refuses edits in words, and stays unchanged', async ({ app }) => {
  const { page, library, dataDir } = app;
  const before = readFileSync(join(dataDir, LIBRARY_FILE));
  expect(library.readOnly).toBe(true);
  await app.open();
  await expect(page.locator('.read-only-banner')).toContainText('Read-only library');
  await page.getByRole('button', { name: 'Bản đồ chỉ đọc', exact: true }).click();
  await expect(page.locator('.read-only-banner')).toBeVisible();
  const card = page.getByRole('group', { name: /TikTok/ }).first();
  await expect(card).toBeVisible();

  // No editing chrome: no palette, no toolbar, no + buttons, no lane or stage controls.
  await expect(page.getByRole('complementary', { name: /palette/i })).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Editor' })).toHaveCount(0);
  await expect(
    page.locator('.cell-add:visible, .header-action:visible, .react-flow__node-addLane:visible'),
  ).toHaveCount(0);

  // An edit is refused with the reason; the card keeps its text.
  await card.dblclick();
  await page.keyboard.type('xyz');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('notice')).toContainText('read-only');
  await expect(page.getByRole('group', { name: /xyz/ })).toHaveCount(0);

  // Exporting works.
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'CSV spreadsheet' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported to');
  expect(readFileSync(app.dialogs.saved.at(-1)!, 'utf8')).toContain('TikTok');
  expect(readFileSync(join(dataDir, LIBRARY_FILE)).equals(before)).toBe(true);
});
