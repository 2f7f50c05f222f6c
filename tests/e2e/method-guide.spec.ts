import type { Page } from '@playwright/test';
import { addCard, citeInsights, deleteStage, setEmotion, updateCard } from '../../shared/model/operations';
import { blankInsight } from '../../shared/model/insight';
import type { JourneyMap } from '../../shared/model/types';
import { expect, test } from './fixtures';
import { createMap, storedMap, waitSaved } from './harness/canvas';

const step = (page: Page, id: string) => page.getByTestId(`step-${id}`);
const guide = (page: Page) => page.getByRole('complementary', { name: 'Guide: six steps to a journey map' });

async function openTab(page: Page, name: 'Details' | 'Persona' | 'Guide' | 'Metrics') {
  // The guide is toggled from the header's "…" menu; the others are tabs above the side panel.
  if (name === 'Guide') {
    if ((await guide(page).count()) > 0) return;
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Guide', exact: true }).click();
    return;
  }
  await page.locator('.side-column [role="group"]').getByRole('button', { name, exact: true }).click();
}

test('on a new empty map, each guide step turns done only when the map satisfies it, and back', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 1000 });
  await app.open();
  await createMap(page);
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Guide', exact: true }).click();
  for (const s of ['collect', 'persona', 'channels', 'questions', 'review', 'visualise'])
    await expect(step(page, s)).toHaveText('To do');
  await expect(guide(page)).toContainText('0 of 6 steps done');

  // 1. Collect data: a source alone is not enough; a card must cite it.
  const g = guide(page);
  await g.getByLabel('Title').fill('Customer interviews, May');
  await g.getByLabel('Kind').selectOption('interview');
  await g.getByRole('button', { name: 'Add source' }).click();
  await expect(step(page, 'collect')).toHaveText('To do');
  await page.keyboard.press('Escape');
  await page.locator('body').press('n');
  await page.keyboard.type('Compares prices on Shopee');
  await page.keyboard.press('Enter');
  await expect(step(page, 'visualise')).toHaveText('Done');
  await page.getByRole('group', { name: /Compares prices/ }).click();
  await openTab(page, 'Details');
  await page.getByRole('checkbox', { name: 'Customer interviews, May' }).check();
  await openTab(page, 'Guide');
  await expect(step(page, 'collect')).toHaveText('Done');
  await page.getByRole('group', { name: /Compares prices/ }).click();
  await openTab(page, 'Details');
  await page.getByRole('checkbox', { name: 'Customer interviews, May' }).uncheck();
  await openTab(page, 'Guide');
  await expect(step(page, 'collect')).toHaveText('To do');
  await page.keyboard.press('Control+z');
  await expect(step(page, 'collect')).toHaveText('Done');

  // 2. Persona: a name alone is not enough; goals and frustrations too.
  await guide(page).getByRole('button', { name: 'Open the persona panel' }).click();
  const persona = page.getByRole('complementary', { name: 'Persona' });
  await persona.getByRole('textbox', { name: 'New persona name' }).fill('Lan, 27');
  await persona.getByRole('button', { name: 'Create' }).click();
  await expect(persona).toContainText('used by 1 map');
  await openTab(page, 'Guide');
  await expect(step(page, 'persona')).toHaveText('To do');
  await expect(guide(page)).toContainText('Still missing: Goals, Frustrations');
  await openTab(page, 'Persona');
  await persona.getByRole('textbox', { name: 'Persona goals' }).fill('Genuine products');
  await persona.getByRole('textbox', { name: 'Persona frustrations' }).fill('Fakes');
  await persona.getByRole('textbox', { name: 'Persona quote' }).click();
  await openTab(page, 'Guide');
  await expect(step(page, 'persona')).toHaveText('Done');

  // 3. Channels: a touchpoint in every stage, entered from the keyboard cell by cell.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+ArrowDown');
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('n');
    await page.keyboard.type(`Touchpoint ${i + 1}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    if (i < 4) {
      await expect(step(page, 'channels')).toHaveText('To do');
      await page.keyboard.press('Alt+ArrowRight');
    }
  }
  await expect(step(page, 'channels')).toHaveText('Done');
  await expect(guide(page).getByRole('table', { name: 'Channels per stage' })).toBeVisible();
  await page.getByRole('group', { name: /Touchpoint 3/ }).click();
  await page.keyboard.press('Delete');
  await expect(step(page, 'channels')).toHaveText('To do');
  await expect(guide(page)).toContainText('Decision has no touchpoint yet.');
  await page.keyboard.press('Control+z');
  await expect(step(page, 'channels')).toHaveText('Done');

  // 4. Questions: added per stage, done only when every one is answered.
  const names = ['Awareness', 'Consideration', 'Decision', 'Action (Purchase)', 'Loyalty'];
  for (const stage of names)
    await guide(page)
      .getByRole('button', { name: `${stage}: Add “What is the customer trying to do here?”` })
      .click();
  await expect(step(page, 'questions')).toHaveText('To do');
  const answers = guide(page).getByRole('textbox', { name: 'Answer to “What is the customer trying to do here?”' });
  await expect(answers).toHaveCount(5);
  for (let i = 0; i < 5; i++) {
    await answers.nth(i).fill(`Answer ${i + 1} from the interviews`);
    await answers.nth(i).blur();
  }
  await expect(step(page, 'questions')).toHaveText('Done');
  await answers.nth(2).fill('');
  await answers.nth(2).blur();
  await expect(step(page, 'questions')).toHaveText('To do');
  await answers.nth(2).fill('Found in support tickets');
  await answers.nth(2).blur();
  await expect(step(page, 'questions')).toHaveText('Done');

  // 5. Review lists what the map still lacks; an item takes you to its card.
  await expect(step(page, 'review')).toHaveText('To do');
  await guide(page).getByRole('button', { name: 'Not yet backed by research: “Compares prices on Shopee”' }).click();
  await expect(page.locator('.react-flow__node-card.selected')).toHaveCount(1);
  await expect(guide(page)).toContainText('5 of 6 steps done');
  await waitSaved(page);
  const doc = storedMap(app.library);
  expect(doc.sources).toHaveLength(1);
  expect(doc.questions.every((q) => q.answer.length > 0)).toBe(true);
});

/** A one-stage map where every lane is filled with observed cards and the emotion is set. */
function completeMap(app: { library: import('../../electron/main/library/services').LibraryServices }): JourneyMap {
  let doc = app.library.maps.create({ kind: 'current-state', language: 'en', title: 'Complete' }).document;
  for (const s of doc.stages.slice(1)) doc = deleteStage(doc, s.id);
  const stage = doc.stages[0]!;
  doc.lanes
    .filter((l) => l.type === 'cards')
    .forEach((l, i) => {
      doc = updateCard(addCard(doc, { laneId: l.id, stageId: stage.id, id: `c${i}` }), `c${i}`, {
        text: `${l.name} card`,
        evidence: 'observed',
      });
    });
  doc = setEmotion(doc, stage.id, 1, '');
  // Every card seen, and backed by an insight of the library: nothing left to review.
  const seen = app.library.insights.create(blankInsight('Seen in every interview')).insight;
  doc = citeInsights(
    doc,
    doc.cards.map((c) => c.id),
    [seen.id],
  );
  app.library.maps.save(doc, 1);
  return doc;
}

test('review turns done on a complete map and back when a card becomes an assumption', async ({ app }) => {
  const { page, library } = app;
  completeMap(app);
  await app.open();
  await page.getByRole('button', { name: 'Complete', exact: true }).click();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Guide', exact: true }).click();
  await expect(step(page, 'review')).toHaveText('Done');
  await expect(guide(page)).toContainText('Nothing left to review.');
  await page.getByRole('group', { name: /Thoughts card/ }).click();
  await openTab(page, 'Details');
  await page.getByRole('radio', { name: 'Assumed' }).check();
  await openTab(page, 'Guide');
  await expect(step(page, 'review')).toHaveText('To do');
  await expect(guide(page)).toContainText('Not yet backed by research: “Thoughts card”');
  await waitSaved(page);
  expect(storedMap(library).cards.find((c) => c.text === 'Thoughts card')!.evidence).toBe('assumed');
});

test('the guide and the channel matrix in Vietnamese', async ({ app }) => {
  const { page, library } = app;
  await page.addInitScript(() => localStorage.setItem('waymark.language', 'vi'));
  await page.setViewportSize({ width: 1440, height: 1000 });
  library.createExample('shopee-retail');
  await app.open();
  await page.getByRole('button', { name: 'Mua mỹ phẩm trên Shopee và Zalo OA', exact: true }).click();
  await page.getByRole('button', { name: 'Thao tác khác' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Hướng dẫn', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Hướng dẫn: sáu bước xây dựng bản đồ hành trình' });
  await expect(panel).toContainText('1. Thu thập dữ liệu');
  await expect(panel.getByRole('table', { name: 'Kênh theo giai đoạn' })).toContainText('Zalo OA');
  await expect(page.getByTestId('step-channels')).toHaveText('Đã xong');
  await panel.getByRole('table', { name: 'Kênh theo giai đoạn' }).scrollIntoViewIfNeeded();
  await expect(page).toHaveScreenshot('guide-panel-vi.png');
});
