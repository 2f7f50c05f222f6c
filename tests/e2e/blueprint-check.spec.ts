import { expect, test } from './fixtures';
import { createMap } from './harness/canvas';

test('the blueprint check lists unsupported customer actions and ownerless steps, and highlights them', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  await createMap(page, { kind: /Service blueprint/ });
  const add = async (cell: string, text: string) => {
    await page.getByRole('button', { name: `Add card: ${cell}` }).click();
    await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  };
  await add('Before the visit · Customer actions', 'Đặt lịch khám online');
  await add('Arrival · Customer actions', 'Đến phòng khám');
  await add('Arrival · Frontstage actions', 'Lễ tân đón tiếp');

  await page.getByRole('button', { name: 'Blueprint check' }).click();
  const panel = page.getByRole('region', { name: 'Blueprint check' });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel).toContainText('“Đặt lịch khám online” has no frontstage or backstage step behind it.');
  await expect(panel).toContainText('“Lễ tân đón tiếp” has no owner.');
  const flagged = page.locator('.card.is-flagged');
  await expect(flagged).toHaveCount(2);

  await panel.getByRole('button', { name: /has no owner/ }).click();
  const inspector = page.getByRole('complementary', { name: 'Card details' });
  await inspector.getByLabel('Owner').fill('Lễ tân');
  await expect(panel.getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', { name: 'Blueprint check' }).click();
  await expect(panel).toHaveCount(0);
  await expect(flagged).toHaveCount(0);
});
