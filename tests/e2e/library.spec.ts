import { expect, test } from './fixtures';

test('renames, duplicates, trashes and restores maps from the library', async ({ app }) => {
  const { page, library } = app;
  library.maps.create({ kind: 'current-state', language: 'en', title: 'Tesla test drive' });
  library.maps.create({ kind: 'service-blueprint', language: 'vi', title: 'Phòng khám' });
  await app.open();

  const maps = page.getByRole('list', { name: 'Maps' });
  await expect(maps.getByRole('listitem')).toHaveCount(2);
  await expect(maps.getByRole('listitem').first()).toContainText('Phòng khám');
  await expect(maps.getByRole('listitem').first()).toContainText('Sơ đồ thiết kế dịch vụ');

  await page.getByRole('button', { name: 'Rename Tesla test drive' }).click();
  await page.getByRole('textbox', { name: 'Map title' }).fill('Tesla: from test drive to delivery');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Tesla: from test drive to delivery', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate Phòng khám' }).click();
  await expect(page.getByRole('button', { name: 'Phòng khám (bản sao)', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Move Phòng khám to trash', exact: true }).click();
  await expect(maps.getByRole('listitem')).toHaveCount(2);

  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('list', { name: 'Maps in the trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Restore Phòng khám' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();

  await page.getByRole('button', { name: 'Maps', exact: true }).click();
  await expect(maps.getByRole('listitem')).toHaveCount(3);
  expect(library.maps.list().map((m) => m.title)).toContain('Tesla: from test drive to delivery');
});

test('starts with an empty library showing the worked examples, one click from a map', async ({ app }) => {
  const { page, library } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await expect(page.getByText('No maps yet.')).toBeVisible();
  const gallery = page.getByRole('region', { name: 'Start from a worked example' });
  const examples = gallery.getByRole('button');
  expect(await examples.count()).toBeGreaterThanOrEqual(3);
  for (const img of await gallery.locator('img').all())
    expect(await img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await gallery.getByRole('button', { name: /^Tesla/ }).click();
  await expect(page.locator('.card').first()).toBeVisible();
  expect(library.maps.list().map((m) => m.title)).toEqual([expect.stringMatching(/^Tesla/)]);
});

test.describe('a damaged library file', () => {
  test.use({ seedFiles: { 'waymark-library.sqlite': 'not a database at all' } });

  test('is moved aside and the user is told where it went', async ({ app }) => {
    await app.open();
    const alert = app.page.getByRole('alert');
    await expect(alert).toContainText('Your library file was damaged');
    await expect(alert).toContainText(app.library.movedAside!);
    await expect(alert).toContainText('nothing was deleted');
  });
});

test("the editor's code is fetched while the library is idle, before any map is opened, and opens the map from there", async ({
  app,
}) => {
  const { page, library } = app;
  const example = library.createExample('shopee-retail');
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/\/EditorScreen-[\w-]+\.js$/.test(r.url())) fetched.push(r.url());
  });
  await app.open();
  await expect(page.getByRole('button', { name: example.document.title, exact: true })).toBeVisible();
  // Nothing opened yet: the library screen alone asked for the editor's code.
  await expect.poll(() => fetched.length).toBe(1);
  await page.getByRole('button', { name: example.document.title, exact: true }).click();
  await expect(page.locator('.react-flow__node-card').first()).toBeVisible();
  expect(fetched).toHaveLength(1);
});
