import { expect, test } from './fixtures';
import { fitMap } from './harness/canvas';

/** Every key the editor binds on its own (no modifier): typed into a name, each must be only a letter. */
const SHORTCUT_KEYS = 'N+=-!@';

test('a new stage opens its name for typing: shortcut letters, Backspace and Enter name it, and nothing else happens', async ({
  app,
}) => {
  const { page, library } = app;
  await app.open();
  await page.getByRole('button', { name: 'New map' }).click();
  await page.getByRole('dialog', { name: 'New map' }).getByRole('button', { name: 'Create map' }).click();
  // A map created without a title opens its title for typing; Escape keeps "Untitled journey".
  await expect(page.getByRole('textbox', { name: 'Map title' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 3, name: 'Awareness' })).toBeVisible();
  await fitMap(page);
  const id = library.maps.list()[0]!.id;
  const before = library.maps.load(id).document;

  await page.getByRole('button', { name: 'Add stage' }).click();
  const field = page.getByRole('textbox', { name: 'Stage name' });
  await expect(field).toBeFocused();
  // The default name is selected: typing replaces it.
  await page.keyboard.type(`Warranty ${SHORTCUT_KEYS}x`);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const name = `Warranty ${SHORTCUT_KEYS}`;
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  const after = library.maps.load(id).document;
  expect(after.stages.map((s) => s.name)).toEqual([...before.stages.map((s) => s.name), name]);
  expect(after.cards).toEqual(before.cards);
  expect(after.lanes).toEqual(before.lanes);

  // A new lane the same way; Escape keeps its default name and does nothing else.
  await fitMap(page);
  await page.getByRole('button', { name: '+ Add lane' }).click();
  await expect(page.getByRole('textbox', { name: 'Lane name' })).toBeFocused();
  await page.keyboard.type(`Tạm ${SHORTCUT_KEYS}`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Lane name' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 4, name: 'New lane' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  const last = library.maps.load(id).document;
  expect(last.lanes.map((l) => l.name)).toEqual([...after.lanes.map((l) => l.name), 'New lane']);
  expect(last.cards).toEqual(before.cards);
  expect(last.stages).toEqual(after.stages);
});
