import { expect, test } from './fixtures';
import { openFromLibrary, storedMap, waitSaved } from './harness/canvas';

test('steps inside a stage: added from its header, renamed, moved by keyboard, cards moved in, deleted and undone', async ({
  app,
}) => {
  const { page, library } = app;
  const example = library.createExample('shopee-retail');
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await openFromLibrary(page, example.document.title);
  const stage = page.getByRole('heading', { level: 3, name: 'Mua hàng' });
  await stage.hover();
  const add = stage.getByRole('button', { name: 'Add a step to Mua hàng' });
  await add.click();
  await add.click();
  const steps = page.getByRole('group', { name: 'Steps of Mua hàng' });
  // Named in the map's language.
  await expect(steps.locator('.stage-step-name')).toHaveText(['Bước 1', 'Bước 2']);

  await steps.getByRole('button', { name: 'Bước 1', exact: true }).dblclick();
  const field = steps.getByRole('textbox', { name: 'Step name' });
  await field.fill('Chọn hàng');
  await field.press('Enter');
  await expect(steps.locator('.stage-step-name')).toHaveText(['Chọn hàng', 'Bước 2']);

  // A card of the stage goes into a step from the inspector.
  const card = page.getByRole('group', { name: /Đặt hàng, dùng mã giảm giá/ });
  await card.click();
  await page.getByRole('combobox', { name: 'Step', exact: true }).selectOption({ label: 'Bước 2' });
  await waitSaved(page);
  let doc = storedMap(library);
  const mua = () => doc.stages.find((s) => s.name === 'Mua hàng')!;
  const step2 = mua().steps.find((s) => s.name === 'Bước 2')!;
  expect(doc.cards.find((c) => c.text.startsWith('Đặt hàng'))!.stepId).toBe(step2.id);
  // Its box sits in the step's column now.
  const column = (await steps.locator(`[data-step="${step2.id}"]`).boundingBox())!;
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(column.x - 1);
  expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width + 1);

  // The curve is scored step by step in a stage with steps: a key press on the step's point.
  const point = page.getByRole('button', { name: 'Set emotion at Mua hàng › Chọn hàng (no point yet)' });
  await point.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: 'Emotion at Mua hàng › Chọn hàng: +2' })).toBeVisible();
  await waitSaved(page);
  doc = storedMap(library);
  expect(mua().steps.find((s) => s.name === 'Chọn hàng')!.emotion).toEqual({ score: 2, label: '' });

  // Alt+→ moves a step right; past the stage's last step it goes to the next stage.
  await steps.getByRole('button', { name: 'Chọn hàng', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(steps.locator('.stage-step-name')).toHaveText(['Bước 2', 'Chọn hàng']);

  // Deleting a step keeps its cards in the stage; undo brings the step and the card's place back.
  await steps.locator(`[data-step="${step2.id}"]`).hover();
  await steps.getByRole('button', { name: 'Delete step Bước 2 (its cards stay in the stage)' }).click();
  await expect(steps.locator('.stage-step-name')).toHaveText(['Chọn hàng']);
  await waitSaved(page);
  doc = storedMap(library);
  expect(doc.cards.find((c) => c.text.startsWith('Đặt hàng'))!.stepId).toBeNull();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(steps.locator('.stage-step-name')).toHaveText(['Bước 2', 'Chọn hàng']);
  await waitSaved(page);
  doc = storedMap(library);
  expect(doc.cards.find((c) => c.text.startsWith('Đặt hàng'))!.stepId).toBe(step2.id);
});
