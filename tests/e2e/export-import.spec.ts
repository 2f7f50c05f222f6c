import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticMap } from '../../bench/synthetic';
import { busyMap } from '../helpers/busyMap';
import { expect, test } from './fixtures';

const seed = (app: { library: import('../../electron/main/library/services').LibraryServices }) => {
  const created = app.library.maps.create({ kind: 'current-state', language: 'vi' });
  const doc = { ...busyMap(20), id: created.document.id };
  app.library.maps.save(doc, 1);
  return doc;
};

test('export every format from the editor; the main process writes what the dialog chose', async ({ app }) => {
  const { page } = app;
  const doc = seed(app);
  await app.open();
  await page.getByRole('button', { name: doc.title, exact: true }).click();
  const formats = [
    ['PDF…', 'pdf'],
    ['SVG image', 'svg'],
    ['PowerPoint (.pptx)…', 'pptx'],
    ['Excel workbook (.xlsx)', 'xlsx'],
    ['Waymark file (.waymark)', 'waymark'],
    ['OpenJourney (.ojf)', 'ojf'],
    ['CSV spreadsheet', 'csv'],
    ['Mermaid journey', 'mmd'],
  ] as const;
  for (const [label, ext] of formats) {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: label }).click();
    if (ext === 'pdf')
      await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Export' }).click();
    if (ext === 'pptx') {
      const dialog = page.getByRole('dialog', { name: 'Export PowerPoint' });
      await dialog.getByLabel('Standard (4:3)').check();
      await dialog.getByRole('button', { name: 'Export' }).click();
    }
    await expect(page.getByTestId('notice')).toContainText(`Exported to`);
    await expect(page.getByTestId('notice')).toContainText(`Mua máy lọc không khí online.${ext}`);
  }
  const saved = app.dialogs.saved;
  expect(saved.map((p) => p.split('.').pop())).toEqual(['pdf', 'svg', 'pptx', 'xlsx', 'waymark', 'ojf', 'csv', 'mmd']);
  // The workbook and the deck are zips (their content is checked in tests/main/files/xlsxImport and tests/unit/export/pptx).
  const [deckPath, bookPath] = saved.splice(2, 2);
  expect(readFileSync(bookPath!).includes(Buffer.from('xl/worksheets/sheet2.xml'))).toBe(true);
  const deck = readFileSync(deckPath!);
  expect(deck.subarray(0, 2).toString()).toBe('PK');
  expect(deck.includes(Buffer.from('ppt/slides/slide3.xml'))).toBe(true);

  const pdf = saved[0]!;
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
  for (const card of doc.cards) expect(text.replace(/\s+/g, ' ')).toContain(card.text.split(' ').slice(0, 3).join(' '));
  execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdf, test.info().outputPath('export-from-ui')]);
  const svg = readFileSync(saved[1]!, 'utf8');
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  // A real XML parser (the browser's) accepts it, and finds every card's first words as text.
  const parsed = await page.evaluate((source) => {
    const xml = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: xml.querySelector('parsererror')?.textContent ?? null,
      text: [...xml.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      scripts: xml.querySelectorAll('script, foreignObject').length,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.scripts).toBe(0);
  for (const card of doc.cards) expect(parsed.text).toContain(card.text.split(' ').slice(0, 3).join(' '));
  expect(svg).toContain('@font-face');
  expect(svg).not.toMatch(/<script|<foreignObject/i);
  expect(JSON.parse(readFileSync(saved[2]!, 'utf8'))).toEqual(app.library.maps.load(doc.id).document);
  expect(JSON.parse(readFileSync(saved[3]!, 'utf8')).nodes.length).toBeGreaterThanOrEqual(20);
  expect(readFileSync(saved[4]!, 'utf8').startsWith('\uFEFFstage,lane')).toBe(true);
  expect(readFileSync(saved[5]!, 'utf8')).toMatch(/^journey\n/);
});

test('PDF in tiled A4 pages and PNG at 2× from the export dialog', async ({ app }) => {
  const { page } = app;
  const doc = seed(app);
  await app.open();
  await page.getByRole('button', { name: doc.title, exact: true }).click();

  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByLabel(/Tiled pages/).check();
  await dialog.getByLabel('Paper').selectOption('a4');
  await dialog.getByLabel('Orientation').selectOption('landscape');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported to');
  const info = execFileSync('pdfinfo', [app.dialogs.saved[0]!], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'SVG image' }).click();
  await expect(page.getByTestId('notice')).toContainText('.svg');
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PNG image…' }).click();
  await page.getByRole('dialog', { name: 'Export PNG' }).getByLabel('Scale').selectOption('2');
  await page.getByRole('dialog', { name: 'Export PNG' }).getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('notice')).toContainText('.png');
  const svg = readFileSync(app.dialogs.saved[1]!, 'utf8');
  const [, w, h] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  const png = readFileSync(app.dialogs.saved[2]!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(Math.round(Number(w) * 2));
  expect(png.readUInt32BE(20)).toBe(Math.round(Number(h) * 2));
  writeFileSync(test.info().outputPath('export-2x.png'), png);
});

test('PDF fitted to one A4 page by default, and refused in words for a map too large for it', async ({ app }) => {
  const { page, library } = app;
  const doc = seed(app);
  const big = library.maps.create({ kind: 'current-state', language: 'en' });
  library.maps.save({ ...syntheticMap(1000), id: big.document.id }, 1);
  await app.open();
  await page.getByRole('button', { name: doc.title, exact: true }).click();
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog.getByLabel(/Fit to one page/)).toBeChecked();
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported to');
  const file = app.dialogs.saved[0]!;
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\b/);
  expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
  expect(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })).toContain(
    doc.persona.name.split(',')[0]!,
  );
  execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', file, test.info().outputPath('export-fit-a4')]);

  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('button', { name: 'Bench 1000', exact: true }).click();
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('notice')).toContainText(
    /card text would print at [\d.]+ pt.*Choose a larger paper \(A3\), or tiled pages/,
  );
  expect(app.dialogs.saved).toHaveLength(1);
});

test('a cancelled save dialog writes nothing and says nothing', async ({ app }) => {
  const { page } = app;
  const doc = seed(app);
  app.dialogs.saveDir = null;
  await app.open();
  await page.getByRole('button', { name: doc.title, exact: true }).click();
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'CSV spreadsheet' }).click();
  await expect(page.getByRole('button', { name: 'Export ▾' })).toBeEnabled();
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('import a Waymark file as a new map; bad files are refused with the reason and change nothing', async ({
  app,
}) => {
  const { page, library, dataDir } = app;
  const doc = seed(app);
  const good = join(dataDir, 'shared.waymark');
  writeFileSync(good, JSON.stringify({ ...doc, title: 'Bản đồ được chia sẻ' }));
  await app.open();

  app.dialogs.importPath = good;
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('button', { name: 'Bản đồ được chia sẻ', exact: true })).toBeVisible();
  expect(library.maps.list()).toHaveLength(2);
  const imported = library.maps.list().find((m) => m.title === 'Bản đồ được chia sẻ')!;
  expect(imported.id).not.toBe(doc.id);
  expect(imported.cardCount).toBe(20);

  const bad: [string, string, RegExp][] = [
    ['truncated.waymark', JSON.stringify(doc).slice(0, 500), /not valid JSON/],
    ['newer.waymark', JSON.stringify({ ...doc, formatVersion: 99 }), /newer Waymark/],
    ['wrong.waymark', JSON.stringify({ ...doc, cards: [{ ...doc.cards[0], type: 'hologram' }] }), /cards\[0\]\.type/],
    ['proto.waymark', `{"__proto__": {"polluted": true}, ${JSON.stringify(doc).slice(1)}`, /__proto__/],
    ['notes.txt', 'hello', /can import \.waymark, \.json, \.ojf and \.xlsx/],
  ];
  for (const [name, content, message] of bad) {
    const path = join(dataDir, name);
    writeFileSync(path, content);
    app.dialogs.importPath = path;
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Import failed' })).toContainText(message);
  }
  expect(library.maps.list()).toHaveLength(2);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('a workbook drafted in a spreadsheet is previewed before it is imported; a bad one is refused naming the cell', async ({
  app,
}) => {
  const { page, library } = app;
  await app.open();
  const before = library.maps.list().length;
  const fixtures = join(import.meta.dirname, '..', 'fixtures', 'xlsx');
  app.dialogs.importPath = join(fixtures, 'hand-made-vi.xlsx');
  await page.getByRole('button', { name: 'Import…' }).click();
  const preview = page.getByRole('dialog', { name: 'Import “Đặt vé xe khách Tết”' });
  await expect(preview).toContainText('3 stages, 3 lanes and 8 cards will be created as a new map.');
  await expect(preview).toContainText('Tìm xe → Đặt chỗ → Thanh toán');
  await expect(preview).toContainText('Cảm nhận của nhân viên (not a lane Waymark knows: its cards become notes)');
  // Nothing is created until the person says so; Cancel creates nothing.
  expect(library.maps.list()).toHaveLength(before);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  expect(library.maps.list()).toHaveLength(before);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page
    .getByRole('dialog', { name: 'Import “Đặt vé xe khách Tết”' })
    .getByRole('button', { name: 'Create map' })
    .click();
  await expect(page.getByRole('button', { name: 'Đặt vé xe khách Tết', exact: true })).toBeVisible();
  expect(library.maps.list()).toHaveLength(before + 1);

  app.dialogs.importPath = join(fixtures, 'formula-vi.xlsx');
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Import failed' })).toContainText(
    'Cell C6 of sheet “Hành trình” holds a formula',
  );
  expect(library.maps.list()).toHaveLength(before + 1);
});

test('import the OpenJourney samples, including the blueprint variant', async ({ app }) => {
  const { page, library } = app;
  const fixtures = join(import.meta.dirname, '..', 'fixtures', 'ojf');
  await app.open();
  for (const [file, title] of [
    ['ecommerce-purchase.ojf', 'Buying a high-end coffee maker for a new kitchen'],
    ['b2b-software-purchase.ojf', 'Procuring a new project management suite for the enterprise'],
    ['clinic-visit-blueprint.ojf', 'Patient Clinic Visit'],
  ] as const) {
    app.dialogs.importPath = join(fixtures, file);
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect(page.getByRole('button', { name: title, exact: true })).toBeVisible();
  }
  expect(library.maps.list()).toHaveLength(3);
  await page.getByRole('button', { name: 'Patient Clinic Visit', exact: true }).click();
  await expect(page.getByRole('separator', { name: 'Line of visibility' })).toBeVisible();
  await expect(
    page.getByRole('group', { name: /Backstage action: Billing Dept: Verifies insurance eligibility/ }),
  ).toBeVisible();

  // Ptolemy's moment of truth and tags are marks on the card, editable in the inspector.
  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('button', { name: 'Buying a high-end coffee maker for a new kitchen', exact: true }).click();
  const checkout = page.getByRole('group', { name: /Select Product & Checkout/ });
  await expect(checkout.locator('.card-moment')).toHaveText('Moment of truth');
  await expect(checkout.locator('.card-tag')).toHaveText(['#Checkout', '#Mobile']);
  await checkout.click();
  const tags = page.getByRole('textbox', { name: 'Tags' });
  await expect(tags).toHaveValue('Checkout, Mobile');
  await tags.fill('Checkout, Mobile, thanh toán, #mobile');
  await tags.press('Enter');
  await expect(checkout.locator('.card-tag')).toHaveText(['#Checkout', '#Mobile', '#thanh toán']);
  await page.getByRole('checkbox', { name: 'Moment of truth' }).uncheck();
  await expect(checkout.locator('.card-moment')).toHaveCount(0);
});

test('a long export shows its progress and can be cancelled, saving nothing', async ({ app }) => {
  const { page, library } = app;
  const created = library.maps.create({ kind: 'current-state', language: 'vi' });
  library.maps.save({ ...syntheticMap(1000), id: created.document.id }, 1);
  await app.open();
  await page.getByRole('button', { name: 'Bench 1000', exact: true }).click();
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByLabel(/Tiled pages/).check();
  await dialog.getByLabel('Paper').selectOption('a4');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const progress = page.getByTestId('export-progress');
  await expect(progress).toContainText(/Drawing page \d+ of \d+/);
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('notice')).toHaveText(/Export cancelled\./);
  expect(app.dialogs.saved).toEqual([]);
});

test('an export notice opens the file or shows it in its folder; other paths are refused', async ({ app }) => {
  const { page } = app;
  const doc = seed(app);
  await app.open();
  await page.getByRole('button', { name: doc.title, exact: true }).click();
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'CSV spreadsheet' }).click();
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Exported to');
  const path = app.dialogs.saved[0]!;
  await notice.getByRole('button', { name: 'Show in folder' }).click();
  expect(app.shownInFolder).toEqual([path]);
  await notice.getByRole('button', { name: 'Open' }).click();
  expect(app.openedFiles).toEqual([path]);
  const forged = await page.evaluate(async () => {
    const w = window as unknown as { waymark: { files: { reveal: (r: unknown) => Promise<unknown> } } };
    return w.waymark.files.reveal({ path: '/etc/passwd', open: true });
  });
  expect(forged).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', i18n: { key: 'errors.notExported' } } });
  expect(app.openedFiles).toEqual([path]);
});

test('the scenario is edited beside the persona and heads the one-page PDF', async ({ app }) => {
  const { page, library } = app;
  const doc = seed(app);
  await app.open();
  await page.getByRole('button', { name: doc.title, exact: true }).click();
  await page.locator('.side-column [role="group"]').getByRole('button', { name: 'Persona' }).click();
  await page.getByRole('textbox', { name: 'Scenario' }).fill('Mua máy lọc không khí trước mùa bụi mịn');
  await expect.poll(() => library.maps.load(doc.id).document.scenario).toBe('Mua máy lọc không khí trước mùa bụi mịn');
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('notice')).toContainText('.pdf');
  const text = execFileSync('pdftotext', ['-raw', app.dialogs.saved[0]!, '-'], { encoding: 'utf8' });
  expect(text).toContain('Mua máy lọc không khí trước mùa bụi mịn');
  expect(text).toContain('BỐI CẢNH');
});
