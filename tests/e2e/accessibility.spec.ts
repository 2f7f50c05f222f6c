import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addMapPersona, addStep, linkDetail, setPersonaEmotion, setStepEmotion } from '../../shared/model/operations';
import { expect, test } from './fixtures';

/** Serious and critical axe findings on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
}

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`no serious or critical axe violations: library, editor, present mode (${theme} theme)`, async ({ app }) => {
    const { page, library } = app;
    await page.addInitScript((t) => localStorage.setItem('waymark.theme', t), theme);
    // The Tesla map compares three personas, has steps and opens into the service map: every
    // part of journey depth is on the pages checked.
    const tesla = library.createExample('tesla');
    const service = library.createExample('service-visit');
    let doc = addMapPersona(tesla.document, { personaId: null, name: 'Returning owner', id: 'second' });
    doc = addMapPersona(doc, { personaId: null, name: 'Fleet manager', id: 'third' });
    doc.stages.forEach((s, i) => (doc = setPersonaEmotion(doc, 'second', s.id, (i % 5) - 2)));
    doc = addStep(doc, doc.stages[3]!.id, { name: 'Pick a trim', id: 'trim' });
    doc = addStep(doc, doc.stages[3]!.id, { name: 'Pay deposit', id: 'deposit' });
    doc = setStepEmotion(doc, 'trim', 2);
    doc = linkDetail(doc, { card: doc.cards[0]!.id }, service.document.id);
    library.maps.save(doc, tesla.revision);
    await app.open();
    await expect(page.getByRole('list', { name: 'Maps' }).getByRole('listitem')).toHaveCount(2);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New map' }).click();
    await expect(page.getByRole('dialog', { name: 'New map' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page
      .getByRole('button', { name: /^Tesla/ })
      .first()
      .click();
    await expect(page.locator('.card').first()).toBeVisible();
    await page.locator('.card').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    for (const panel of ['Persona', 'History']) {
      await page.getByRole('button', { name: panel, exact: true }).click();
      expect(await seriousViolations(page)).toEqual([]);
    }

    await page.keyboard.press('F5');
    await expect(page.getByRole('banner', { name: 'Presentation' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the theme follows the operating system until one is chosen in Settings', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  await expect(page.locator('html')).toHaveClass(/theme-dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/theme-dark/);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/theme-dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/theme-dark/);
});

test('no serious or critical axe violations in Vietnamese (library, editor with the guide, metrics)', async ({
  app,
}) => {
  const { page, library } = app;
  await page.addInitScript(() => localStorage.setItem('waymark.language', 'vi'));
  library.createExample('shopee-retail');
  await app.open();
  await expect(page.getByRole('button', { name: 'Bản đồ mới' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Mua mỹ phẩm trên Shopee và Zalo OA', exact: true }).click();
  await expect(page.locator('.card').first()).toBeVisible();
  await page.getByRole('button', { name: 'Thao tác khác' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Hướng dẫn' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator('.side-column [role="group"]').getByRole('button', { name: 'Chỉ số' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});
