import { addCard, updateCard } from '../../shared/model/operations';
import { expect, test } from './fixtures';
import { fitMap, storedMap, waitSaved } from './harness/canvas';

const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

test('one persona reused on two maps, edited once, shows the edit on both', async ({ app }) => {
  const { page, library } = app;
  library.maps.create({ kind: 'current-state', language: 'vi', title: 'Mua sắm' });
  library.maps.create({ kind: 'future-state', language: 'vi', title: 'Mua sắm tương lai' });
  await app.open();

  await page.getByRole('button', { name: 'Mua sắm', exact: true }).click();
  await page.getByRole('button', { name: 'Persona', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Persona' });
  await panel.getByRole('textbox', { name: 'New persona name' }).fill('Chị Lan, 27');
  await panel.getByRole('button', { name: 'Create' }).click();
  await panel.getByRole('textbox', { name: 'Persona goals' }).fill('Hàng chính hãng\nGiao trong 2 ngày');
  await panel.getByRole('textbox', { name: 'Persona frustrations' }).fill('Hàng giả');
  await panel.getByRole('textbox', { name: 'Persona quote' }).click();
  await expect(panel).toContainText('used by 1 map');

  // A photo: a real PNG is taken, a text file and a 21 MB file are refused with a message.
  const file = panel.getByLabel('Persona photo file');
  await file.setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('just some text') });
  await expect(panel.getByRole('alert')).toContainText('“notes.png” is not an image Waymark can read');
  await file.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(21 * 1024 * 1024) });
  await expect(panel.getByRole('alert')).toContainText('“huge.png” is 21 MB; a persona photo can be at most 20 MB');
  await file.setInputFiles({ name: 'lan.png', mimeType: 'image/png', buffer: PNG_1x1 });
  await expect(panel.getByRole('img', { name: 'Photo of Chị Lan, 27' })).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await waitSaved(page);
  await page.getByRole('button', { name: '← Library' }).click();

  await page.getByRole('button', { name: 'Mua sắm tương lai', exact: true }).click();
  await page.getByRole('button', { name: 'Persona', exact: true }).click();
  await panel
    .getByRole('list', { name: 'Personas in the library' })
    .getByRole('button', { name: /Chị Lan, 27/ })
    .click();
  await expect(panel).toContainText('used by 2 maps');
  await panel.getByRole('textbox', { name: 'Persona name' }).fill('Chị Lan Anh, 27');
  await panel.getByRole('textbox', { name: 'Persona quote' }).click();
  await expect(panel.getByRole('img', { name: 'Photo of Chị Lan Anh, 27' })).toBeVisible();
  await waitSaved(page);
  await page.getByRole('button', { name: '← Library' }).click();

  const maps = page.getByRole('list', { name: 'Maps' });
  await expect(maps.locator('.map-persona')).toHaveText(['Chị Lan Anh, 27 · ', 'Chị Lan Anh, 27 · ']);
  const [persona] = library.personas.list();
  expect(persona).toMatchObject({ name: 'Chị Lan Anh, 27', goals: 'Hàng chính hãng\nGiao trong 2 ngày', mapCount: 2 });
  expect(persona!.photo).toMatch(/^data:image\/jpeg;base64,/);
});

test('deleting a persona used by maps asks first and leaves each map its own copy', async ({ app }) => {
  const { page, library } = app;
  const p = library.personas.create({ name: 'Minh', quote: 'Fast', goals: 'Test drive', needs: '', frustrations: '' });
  const a = library.maps.create({ kind: 'current-state', language: 'en', title: 'Tesla' });
  library.maps.save({ ...a.document, personaId: p.id }, 1);
  await app.open();
  await page.getByRole('button', { name: 'Tesla', exact: true }).click();
  await page.getByRole('button', { name: 'Persona', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Persona' });
  await panel.getByRole('button', { name: 'Delete persona…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Minh”?' });
  await expect(dialog).toContainText('1 map uses this persona');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(library.personas.list()).toHaveLength(1);
  await panel.getByRole('button', { name: 'Delete persona…' }).click();
  await page.getByRole('button', { name: 'Delete persona', exact: true }).click();
  await expect(panel).toContainText('This map names its own persona: Minh');
  expect(library.personas.list()).toHaveLength(0);
  const doc = storedMap(library);
  expect(doc.personaId).toBeNull();
  expect(doc.persona.name).toBe('Minh');
  // The editor carries on saving on top of what the library wrote.
  await page.getByRole('button', { name: 'Add card: Awareness · Actions' }).click();
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.type('Still saving');
  await page.keyboard.press('Enter');
  await waitSaved(page);
  expect(storedMap(library).cards.map((c) => c.text)).toEqual(['Still saving']);
});

test('restores a kept version, and the restore itself can be undone from the history', async ({ app }) => {
  const { page, library } = app;
  let doc = library.maps.create({ kind: 'current-state', language: 'en', title: 'History' }).document;
  doc = updateCard(addCard(doc, { laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id, id: 'k' }), 'k', {
    text: 'Card worth keeping',
  });
  library.maps.save(doc, 1);
  await app.open();
  await page.getByRole('button', { name: 'History', exact: true }).first().click();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Version history' });
  await panel.getByRole('button', { name: 'Keep this version' }).click();
  await expect(panel.getByRole('list', { name: 'Versions' }).getByRole('listitem')).toHaveCount(1);

  await page.getByRole('group', { name: /Card worth keeping/ }).click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('group', { name: /Card worth keeping/ })).toHaveCount(0);
  await waitSaved(page);
  expect(storedMap(library).cards).toEqual([]);

  const versions = panel.getByRole('list', { name: 'Versions' }).getByRole('listitem');
  await versions
    .filter({ hasText: 'Kept by hand' })
    .getByRole('button', { name: /^Restore/ })
    .click();
  await page.getByRole('dialog', { name: 'Restore this version?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('group', { name: /Card worth keeping/ })).toBeVisible();
  expect(storedMap(library).cards.map((c) => c.text)).toEqual(['Card worth keeping']);
  await expect(versions.filter({ hasText: 'Before a restore' })).toHaveCount(1);
  await expect(versions.first().locator('img')).toBeVisible();

  await versions
    .filter({ hasText: 'Before a restore' })
    .getByRole('button', { name: /^Restore/ })
    .click();
  await page.getByRole('dialog', { name: 'Restore this version?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('group', { name: /Card worth keeping/ })).toHaveCount(0);
  expect(storedMap(library).cards).toEqual([]);
});

test('deleting a stage keeps a version first', async ({ app }) => {
  const { page, library } = app;
  library.maps.create({ kind: 'current-state', language: 'en', title: 'Stages' });
  await app.open();
  await page.getByRole('button', { name: 'Stages', exact: true }).click();
  await fitMap(page);
  await page.getByRole('heading', { level: 3, name: 'Loyalty' }).hover();
  await page.getByRole('button', { name: 'Delete stage Loyalty' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Loyalty' })).toHaveCount(0);
  await waitSaved(page);
  const [snapshot] = library.snapshots.list(storedMap(library).id);
  expect(snapshot!.label).toBe('before-delete-stage:Loyalty');
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Versions' })).toContainText('Before deleting stage “Loyalty”');
});

test('the persona and scenario head the map, follow edits in the panel, and fold to one line (remembered)', async ({
  app,
}) => {
  const { page, library } = app;
  library.maps.create({ kind: 'current-state', language: 'en', title: 'Test drive' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await page.getByRole('button', { name: 'Test drive', exact: true }).click();
  const head = page.getByRole('region', { name: 'Persona and scenario' });
  await expect(head).toContainText('No persona or scenario yet');
  await head.getByRole('button', { name: 'Add persona and scenario' }).click();
  const panel = page.getByRole('complementary', { name: 'Persona' });
  await panel.getByRole('textbox', { name: 'New persona name' }).fill('Minh, 34');
  await panel.getByRole('button', { name: 'Create' }).click();
  await panel.getByRole('textbox', { name: 'Persona frustrations' }).fill('Hidden fees\nLong waits');
  await panel.getByRole('textbox', { name: 'Scenario' }).click();
  await panel.getByRole('textbox', { name: 'Scenario' }).fill('Buying a first electric car');
  // The band shows the library persona's frustrations as soon as the panel has saved them.
  await expect(head.getByRole('listitem')).toHaveText(['Hidden fees', 'Long waits']);
  await expect(head).toContainText('Minh, 34');
  await expect(head).toContainText('Buying a first electric car');
  await head.getByRole('button', { name: 'Fold persona and scenario to one line' }).click();
  await expect(head.getByRole('listitem')).toHaveCount(0);
  const folded = (await head.boundingBox())!.height;
  expect(folded).toBeLessThan(44);
  await waitSaved(page);
  await page.reload();
  await page.getByRole('button', { name: 'Test drive', exact: true }).click();
  await expect(head.getByRole('button', { name: 'Show persona and scenario in full' })).toBeVisible();
  await expect(head).toContainText('Minh, 34');

  // A name too long for the folded line ends with an ellipsis, not a clean cut.
  const minh = library.personas.list()[0]!;
  library.personas.update(minh.id, {
    ...minh,
    name: `Nguyễn Văn Minh, 34, ${'kỹ sư phần mềm ở Thành phố Hồ Chí Minh, '.repeat(4)}`,
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.reload();
  await page.getByRole('button', { name: 'Test drive', exact: true }).click();
  const name = head.locator('.map-head-name');
  await expect(name).toContainText('Nguyễn Văn Minh');
  const cut = await name.evaluate((el) => ({
    clipped: el.scrollWidth > el.clientWidth,
    overflow: getComputedStyle(el).textOverflow,
    inside: el.getBoundingClientRect().right <= el.closest('section')!.getBoundingClientRect().right,
  }));
  expect(cut).toEqual({ clipped: true, overflow: 'ellipsis', inside: true });
});
