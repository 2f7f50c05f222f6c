import { execFileSync } from 'node:child_process';
import { addCard, addOpportunity, updateCard } from '../../shared/model/operations';
import type { JourneyMap } from '../../shared/model/types';
import { expect, test } from './fixtures';
import { openFromLibrary } from './harness/canvas';

type App = Parameters<Parameters<typeof test>[2]>[0]['app'];

/** The Tesla example and a future state with one rewrite, one removal, one addition and a happier delivery. */
function teslaWithFuture(app: App): { current: JourneyMap; future: JourneyMap } {
  const { library } = app;
  const current = library.createExample('tesla').document;
  let doc = library.maps.deriveFuture(current.id).document;
  const [first, second] = doc.cards;
  doc = updateCard(doc, first!.id, { text: 'Sees owners’ real running costs in a short video' });
  doc = { ...doc, cards: doc.cards.filter((c) => c.id !== second!.id) };
  const ideas = doc.lanes.find((l) => l.type === 'cards' && /idea|change/i.test(l.name)) ?? doc.lanes[0]!;
  doc = updateCard(addCard(doc, { laneId: ideas.id, stageId: doc.stages[3]!.id, id: 'new-idea' }), 'new-idea', {
    text: 'A fixed delivery slot chosen online',
  });
  doc = { ...doc, emotions: doc.emotions.map((e, i) => (i === 3 ? { ...e, score: 1 } : e)) };
  library.maps.save(doc, 1);
  return { current, future: library.maps.load(doc.id).document };
}

test('the compare view fits 1440 px and marks only what changed', async ({ app }) => {
  const { page } = app;
  const { future } = teslaWithFuture(app);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await openFromLibrary(page, future.title);
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Compare with current state' }).click();
  const header = page.locator('.compare .app-header');
  await expect(header).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  expect(await header.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
  const grid = page.getByRole('table', { name: 'Changes on the future-state map' });
  // Only the three changes carry a mark; the unchanged cards read as on the map.
  await expect(grid.locator('.status-tag')).toHaveText(['Changed', 'Removed', 'Added']);
  await expect(grid.locator('[data-status="same"]').first()).toBeVisible();
  await expect(page).toHaveScreenshot('compare-1440.png');
});

test('the comparison exports as a PDF page with both curves, in the map language', async ({ app }) => {
  const { page } = app;
  const { current, future } = teslaWithFuture(app);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await openFromLibrary(page, future.title);
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Compare with current state' }).click();
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const items = page.getByRole('menu').getByRole('menuitem');
  await expect(items).toHaveText(['PDF…', 'PNG image…', 'SVG image']);
  await items.first().click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByLabel('Paper').selectOption('a3');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported to');
  const file = app.dialogs.saved[0]!;
  expect(file.endsWith('.pdf')).toBe(true);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(`compared with “${current.title}”`);
  expect(text).toContain('1 removed');
});

test('a future card says in the inspector which opportunity it realises, and the compare view shows the lineage', async ({
  app,
}) => {
  const { page, library } = app;
  const current = library.createExample('tesla');
  let doc = current.document;
  const pain = doc.cards.find((c) => c.type === 'pain-point')!;
  doc = addOpportunity(doc, {
    id: 'slot',
    title: 'Fixed delivery slots',
    cardIds: [pain.id],
    createdAt: doc.updatedAt,
  });
  library.maps.save(doc, current.revision);
  const future = library.maps.deriveFuture(doc.id).document;
  // The backlog came along, addressing the copies.
  expect(future.opportunities[0]!.cardIds).toEqual([future.cards.find((c) => c.sourceCardId === pain.id)!.id]);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await openFromLibrary(page, future.title);
  const card = future.cards.find((c) => c.sourceCardId === pain.id)!;
  await page.getByRole('group', { name: new RegExp(card.text) }).click();
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await page.getByLabel('Realises opportunity').selectOption({ label: 'Fixed delivery slots' });
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Compare with current state' }).click();
  await expect(page.getByText('Realises “Fixed delivery slots”').first()).toBeVisible();
  expect(library.maps.load(future.id).document.cards.find((c) => c.id === card.id)!.realises).toBe('slot');
});
