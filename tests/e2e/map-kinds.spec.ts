import { execFileSync } from 'node:child_process';
import { MAP_KINDS } from '../../shared/model/constants';
import { addCard, setEmotion, updateCard } from '../../shared/model/operations';
import type { JourneyMap } from '../../shared/model/types';
import { KIND_LABELS } from '../../shared/templates/labels';
import { LANE_TEMPLATES } from '../../shared/templates/lanes';
import { expect, test } from './fixtures';
import { centerOf, createMap, dragMouse, storedMap, waitSaved } from './harness/canvas';

for (const kind of MAP_KINDS) {
  test(`a new ${kind} map starts with the kind's canonical lanes in order`, async ({ app }) => {
    const { page } = app;
    await app.open();
    await createMap(page, { kind: new RegExp(KIND_LABELS[kind].en) });
    const expected = LANE_TEMPLATES[kind].map((l) => l.name.en);
    await expect(page.locator('.lane-name')).toHaveText(expected);
    const lines = LANE_TEMPLATES[kind].filter((l) => l.type === 'line').map((l) => l.name.en);
    await expect(page.getByRole('separator', { name: /^Line of/ })).toHaveCount(lines.length);
  });
}

/** Top of a lane's row header and of a blueprint line, in screen pixels. */
async function top(page: import('@playwright/test').Page, what: { lane?: string; line?: string }) {
  const locator = what.lane
    ? page.getByRole('heading', { level: 4, name: what.lane, exact: true })
    : page.getByRole('separator', { name: what.line!, exact: true });
  return (await locator.boundingBox())!.y;
}

test('the three blueprint lines sit between the right lanes, also after a lane is reordered', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await createMap(page, { kind: /Service blueprint/ });
  const order = async () => {
    const lanes = [
      'Physical / digital evidence',
      'Customer actions',
      'Frontstage actions',
      'Backstage actions',
      'Support processes',
    ];
    const lines = ['Line of interaction', 'Line of visibility', 'Line of internal interaction'];
    const items = [
      ...(await Promise.all(lanes.map(async (l) => ({ name: l, y: await top(page, { lane: l }) })))),
      ...(await Promise.all(lines.map(async (l) => ({ name: l, y: await top(page, { line: l }) })))),
    ];
    return items.sort((a, b) => a.y - b.y).map((i) => i.name);
  };
  expect(await order()).toEqual([
    'Physical / digital evidence',
    'Customer actions',
    'Line of interaction',
    'Frontstage actions',
    'Line of visibility',
    'Backstage actions',
    'Line of internal interaction',
    'Support processes',
  ]);

  // Support processes dragged to the top: the internal-interaction line stays under Backstage.
  await dragMouse(
    page,
    await centerOf(page.getByRole('heading', { level: 4, name: 'Support processes' }).locator('.lane-grab')),
    await centerOf(page.getByRole('heading', { level: 4, name: 'Physical / digital evidence' })),
  );
  await waitSaved(page);
  expect(await order()).toEqual([
    'Support processes',
    'Physical / digital evidence',
    'Customer actions',
    'Line of interaction',
    'Frontstage actions',
    'Line of visibility',
    'Backstage actions',
    'Line of internal interaction',
  ]);
  expect(storedMap(library).lanes[0]!.name).toBe('Support processes');
});

test('a service blueprint example looks right', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open();
  await page.getByRole('button', { name: 'New map' }).click();
  await page.getByRole('button', { name: 'Start from example' }).click();
  await page.getByRole('radio', { name: /Car service visit/ }).check();
  await page.getByRole('button', { name: 'Create from example' }).click();
  await expect(page.getByRole('separator', { name: 'Line of visibility' })).toBeVisible();
  await page.getByRole('button', { name: 'Fit map to screen', exact: true }).click();
  await expect(page).toHaveScreenshot('service-blueprint-example.png');

  // The PDF has the same lines and top-to-bottom arrows.
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported to');
  const pdf = app.dialogs.saved[0]!;
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  for (const line of ['LINE OF INTERACTION', 'LINE OF VISIBILITY', 'LINE OF INTERNAL INTERACTION'])
    expect(text.replace(/\s+/g, ' ')).toContain(line);
  execFileSync('pdftoppm', ['-png', '-r', '40', '-singlefile', pdf, 'test-results/exports/service-blueprint-example']);
});

test('day-in-the-life cards are marked as our touchpoint or another provider', async ({ app }) => {
  const { page, library } = app;
  await app.open();
  await createMap(page, { kind: /Day-in-the-life/ });
  await expect(page.getByRole('heading', { level: 3, name: 'Lunch' })).toBeVisible();
  await page.getByRole('button', { name: 'Add card: Lunch · Other providers used' }).click();
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  await page.keyboard.type('Food delivery app');
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: /Food delivery app/ }).click();
  await page.getByRole('radio', { name: 'Other provider' }).check();
  await expect(page.getByRole('group', { name: /Food delivery app/ })).toContainText('Other provider');
  await waitSaved(page);
  expect(storedMap(library).cards[0]!.provider).toBe('other');
  await page.getByRole('radio', { name: 'Our touchpoint' }).check();
  await expect(page.getByRole('group', { name: /Food delivery app/ })).toContainText('Our touchpoint');
  // The mark is in the export too.
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  // Seven times of day are too wide for one A4 page at a readable size; A3 holds them.
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByLabel('Paper').selectOption('a3');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('notice')).toContainText('.pdf');
  const pdf = app.dialogs.saved.at(-1)!;
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Our touchpoint');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdf, 'test-results/exports/day-in-the-life']);
});

function seededCurrentState(app: { library: import('../../electron/main/library/services').LibraryServices }) {
  let doc: JourneyMap = app.library.maps.create({
    kind: 'current-state',
    language: 'en',
    title: 'Checkout today',
  }).document;
  const [actions, touch] = [doc.lanes[0]!, doc.lanes[1]!];
  const texts = ['Searches for a product', 'Compares prices', 'Pays at the till', 'Waits for delivery'];
  texts.forEach((text, i) => {
    doc = updateCard(addCard(doc, { laneId: actions.id, stageId: doc.stages[i]!.id, id: `a${i}` }), `a${i}`, { text });
  });
  doc = updateCard(addCard(doc, { laneId: touch.id, stageId: doc.stages[2]!.id, id: 't' }), 't', {
    text: 'Checkout page',
    channel: 'website',
  });
  doc.stages.forEach((s, i) => (doc = setEmotion(doc, s.id, [1, 0, -2, -1, 1][i]!, '')));
  app.library.maps.save(doc, 1);
  return doc;
}

test('derive a future state, change two cards and one emotion point, and see exactly those compared', async ({
  app,
}) => {
  const { page, library } = app;
  const current = seededCurrentState(app);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open();
  await page.getByRole('button', { name: 'Checkout today', exact: true }).click();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Create future state' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout today — future state' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: 'Ideas / changes' })).toBeVisible();

  // Change 1: rewrite a card's text.
  await page.getByRole('group', { name: /Pays at the till/ }).dblclick();
  await page.getByRole('textbox', { name: 'Card text' }).fill('Pays in one tap with a saved wallet');
  await page.keyboard.press('Enter');
  // Change 2: who owns a card. (Its evidence is not a change: a future state's cards are proposed.)
  await page.getByRole('group', { name: /Checkout page/ }).click();
  await page.getByRole('complementary', { name: 'Card details' }).getByLabel('Owner').pressSequentially('Payments');
  // Change 3: one emotion point, Decision from −2 to −1.
  await page.getByRole('button', { name: /^Emotion at Decision/ }).focus();
  await page.keyboard.press('ArrowUp');
  await waitSaved(page);

  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Compare with current state' }).click();
  const summary = page.getByLabel('Summary of changes');
  await expect(summary).toContainText('0 added');
  await expect(summary).toContainText('2 changed');
  await expect(summary).toContainText('0 removed');
  await expect(summary).toContainText('3 unchanged');
  const grid = page.getByRole('table', { name: 'Changes on the future-state map' });
  await expect(grid.locator('[data-status="changed"]')).toHaveCount(2);
  await expect(grid.getByRole('article', { name: /Changed: Pays in one tap/ })).toContainText('Pays at the till');
  await expect(grid.getByRole('article', { name: /Changed: Checkout page/ })).toContainText('Was owner:');
  const deltas = page.locator('.emotion-compare .delta');
  await expect(deltas).toHaveText(['±0', '±0', '+1', '±0', '±0']);

  await page.getByRole('button', { name: 'Side by side' }).click();
  await expect(page.getByRole('table', { name: 'Current state' })).toContainText('Pays at the till');
  await expect(page.getByRole('table', { name: 'Future state' })).toContainText('Pays in one tap');

  // Lineage survives in storage; the current-state map is untouched.
  const future = library.maps.list().find((m) => m.kind === 'future-state')!;
  const stored = library.maps.load(future.id).document;
  expect(stored.cards.every((c) => c.sourceCardId !== null)).toBe(true);
  expect(library.maps.load(current.id).document.cards.map((c) => c.text)).toContain('Pays at the till');
});

test('a removed and an added card show as such in the compare view', async ({ app }) => {
  const { page, library } = app;
  const current = seededCurrentState(app);
  const future = library.maps.deriveFuture(current.id);
  let doc = future.document;
  doc = { ...doc, cards: doc.cards.filter((c) => c.text !== 'Compares prices') };
  const ideas = doc.lanes.find((l) => l.name === 'Ideas / changes')!;
  doc = updateCard(addCard(doc, { laneId: ideas.id, stageId: doc.stages[1]!.id, id: 'new' }), 'new', {
    text: 'Price-match promise',
  });
  library.maps.save(doc, 1);
  await app.open();
  await page.getByRole('button', { name: 'Checkout today — future state', exact: true }).click();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Compare with current state' }).click();
  const grid = page.getByRole('table', { name: 'Changes on the future-state map' });
  await expect(grid.getByRole('article', { name: 'Added: Price-match promise' })).toBeVisible();
  await expect(grid.getByRole('article', { name: 'Removed: Compares prices' })).toBeVisible();
  await page.getByLabel('Show unchanged cards').uncheck();
  await expect(grid.getByRole('article')).toHaveCount(2);
});
