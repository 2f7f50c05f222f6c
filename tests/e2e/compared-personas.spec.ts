import { addCard, addMapPersona, addStep, setCardPersonas, setPersonaEmotion } from '../../shared/model/operations';
import { expect, test } from './fixtures';
import { fitMap, openFromLibrary, storedMap, waitSaved } from './harness/canvas';

test('personas compared on one map: added from the panel, each curve scored in its own view, cards say whom they concern', async ({
  app,
}) => {
  const { page, library } = app;
  const example = library.createExample('shopee-retail');
  library.personas.create({ name: 'Nhân viên shop', quote: '', goals: '', needs: '', frustrations: '' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await openFromLibrary(page, example.document.title);
  const legend = page.getByRole('group', { name: 'Personas' });
  // One persona: no legend, as before.
  await expect(legend).toHaveCount(0);

  await page.getByRole('button', { name: 'Persona', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Persona' });
  const add = panel.getByRole('combobox', { name: 'Add a persona to compare…' });
  await add.selectOption({ label: 'A persona of this map only' });
  const name = panel.getByRole('textbox', { name: 'Name of the persona' });
  await name.fill('Anh Minh, khách quay lại');
  await name.press('Enter');
  await add.selectOption({ label: 'Nhân viên shop' });
  await expect(legend.getByRole('button')).toHaveText([/Chị Lan/, /Anh Minh, khách quay lại$/, /Nhân viên shop$/]);
  // The library persona is offered once: it is on the map now.
  await expect(add.locator('option', { hasText: 'Nhân viên shop' })).toHaveCount(0);
  await waitSaved(page);
  let stored = storedMap(library);
  expect(stored.personas.map((p) => [p.persona.name, p.colour])).toEqual([
    ['Anh Minh, khách quay lại', 'blue'],
    ['Nhân viên shop', 'green'],
  ]);

  // Minh's view: his curve has the faces; a key press scores his first stage, the main curve stays.
  const minh = legend.getByRole('button', { name: 'Anh Minh, khách quay lại' });
  await minh.click();
  await expect(minh).toHaveAttribute('aria-pressed', 'true');
  const first = page.getByRole('button', { name: /Nhận biết \(Anh Minh, khách quay lại\)/ });
  await first.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await waitSaved(page);
  stored = storedMap(library);
  expect(stored.personas[0]!.emotions).toEqual([{ stageId: stored.stages[0]!.id, score: 2, label: '' }]);
  expect(stored.emotions).toEqual(example.document.emotions);
  await expect(page.locator('[data-persona]')).toHaveCount(2);

  // A card about the main persona only: in Minh's view it steps back; undo brings it back.
  await minh.click();
  const card = page.getByRole('group', { name: /Xem video review trên TikTok/ });
  await card.click();
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  const concerns = page.getByRole('group', { name: 'Concerns' });
  await concerns.getByRole('checkbox', { name: 'Anh Minh, khách quay lại' }).uncheck();
  await concerns.getByRole('checkbox', { name: 'Nhân viên shop' }).uncheck();
  await waitSaved(page);
  stored = storedMap(library);
  expect(stored.cards.find((c) => c.text === 'Xem video review trên TikTok')!.personas).toEqual(['main']);
  await page.getByRole('button', { name: 'Nhân viên shop' }).click();
  await expect(card).toHaveClass(/is-other-persona/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(card).not.toHaveClass(/is-other-persona/);

  // Removed with its curve; five in all, then the panel offers no more.
  await page.getByRole('button', { name: 'Persona', exact: true }).click();
  await panel.getByRole('button', { name: 'Remove Nhân viên shop from this map' }).click();
  await expect(legend.getByRole('button')).toHaveCount(2);
  for (let i = 0; i < 3; i++) await add.selectOption({ label: 'A persona of this map only' });
  await expect(legend.getByRole('button')).toHaveCount(5);
  await expect(add).toBeDisabled();

  // Presenting, P steps through each persona's view and back to all of them.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const step = page.locator('.present-persona');
  await expect(step).toHaveText('All personas');
  await page.keyboard.press('p');
  await expect(step).toHaveText(/^Chị Lan, 27 tuổi.*’s view$/);
  await page.keyboard.press('p');
  await expect(step).toHaveText('Anh Minh, khách quay lại’s view');
  await expect(legend.getByRole('button', { name: 'Anh Minh, khách quay lại' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  for (let i = 0; i < 4; i++) await page.keyboard.press('p');
  await expect(step).toHaveText('All personas');
});

for (const language of ['en', 'vi'] as const)
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const)
    test(`a map comparing three personas, with steps, at ${width}×${height} (${language}): every curve, its legend, one persona's view`, async ({
      app,
    }) => {
      const { page, library } = app;
      const example = library.createExample(language === 'vi' ? 'shopee-retail' : 'tesla');
      let doc = example.document;
      const names =
        language === 'vi' ? ['Anh Minh, khách quay lại', 'Nhân viên shop'] : ['Returning owner', 'Fleet manager'];
      doc = addMapPersona(doc, { personaId: null, name: names[0]!, id: 'second' });
      doc = addMapPersona(doc, { personaId: null, name: names[1]!, id: 'third' });
      const curves = { second: [1, 2, 3, 1, 3, 2], third: [-1, -2, 0, -3, 1, -1] };
      doc.stages.forEach((s, i) => {
        doc = setPersonaEmotion(doc, 'second', s.id, curves.second[i % 6]!);
        doc = setPersonaEmotion(doc, 'third', s.id, curves.third[i % 6]!);
      });
      doc = setCardPersonas(doc, [doc.cards[0]!.id], ['third']);
      // The fourth stage in three steps, a card in two of them.
      const stage = doc.stages[3]!.id;
      const stepNames =
        language === 'vi' ? ['Chọn hàng', 'Áp mã', 'Thanh toán'] : ['Pick a trim', 'Pay deposit', 'Sign'];
      stepNames.forEach((name, i) => (doc = addStep(doc, stage, { name, id: `step${i}` })));
      const lane = doc.lanes.find((l) => l.type === 'cards')!.id;
      doc = addCard(doc, { laneId: lane, stageId: stage, stepId: 'step0', text: stepNames[0]! });
      doc = addCard(doc, { laneId: lane, stageId: stage, stepId: 'step2', text: stepNames[2]! });
      library.maps.save(doc, example.revision);
      if (language === 'vi') await page.addInitScript(() => localStorage.setItem('waymark.language', 'vi'));
      await page.setViewportSize({ width, height });
      await app.open();
      await openFromLibrary(page, doc.title);
      await fitMap(page);
      const legend = page.getByRole('group', { name: language === 'vi' ? 'Chân dung' : 'Personas' });
      await expect(legend.getByRole('button')).toHaveCount(3);
      await expect(page.locator('[data-persona]')).toHaveCount(2);
      await expect(page).toHaveScreenshot(`personas-${language}-${width}.png`);
      // The second persona's view: the card about the third alone steps back.
      await legend.getByRole('button', { name: names[0]! }).click();
      await expect(page.locator('.card.is-other-persona')).not.toHaveCount(0);
      await page.mouse.move(width - 5, height - 5);
      await expect(page).toHaveScreenshot(`personas-focus-${language}-${width}.png`);
    });
