import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { addOpportunity, updateOpportunity } from '../../shared/model/operations';
import { centerOf, fitMap, openFromLibrary, storedMap, waitSaved } from './harness/canvas';

/** A CSV file's rows, parsed by Python's csv module (a reader nobody here wrote). */
function csvRows(file: string): string[][] {
  const script =
    'import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))';
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as string[][];
}

/** A workbook's first sheet as rows of values, read by openpyxl. */
function sheetRows(file: string): unknown[][] {
  const script = `import openpyxl, json, sys
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps({"title": ws.title, "frozen": ws.freeze_panes, "rows": [list(r) for r in ws.iter_rows(values_only=True)]}))`;
  const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as {
    title: string;
    frozen: string;
    rows: unknown[][];
  };
  expect(read.title).toBe('Cơ hội');
  expect(read.frozen).toBe('A2');
  return read.rows;
}

test('from pasted interview notes to cards backed by research, an opportunity scored in the matrix, and the backlog in Excel and Jira', async ({
  app,
}) => {
  const { page, library } = app;
  const example = library.createExample('shopee-retail');
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await openFromLibrary(page, example.document.title);
  // The whole map in view: the pain points' lane is below the fold at a readable zoom.
  await fitMap(page);

  // Notes pasted from an interview: one insight a line, a bullet and a blank line ignored.
  await page.getByRole('button', { name: 'Research', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Insights' });
  await expect(panel.getByText('0 of 4 pain points backed by research')).toBeVisible();
  await panel.getByRole('button', { name: 'Add insights…' }).click();
  await panel
    .getByLabel('Notes: one insight a line')
    .fill(
      '- Không có thời gian so sánh từng shop, chỉ muốn biết hàng thật\n\nMã giảm giá báo lỗi ở bước cuối nên tôi bỏ giỏ\nTôi hỏi Zalo lúc 10 giờ tối mà sáng hôm sau mới có trả lời',
    );
  await panel.getByLabel('Who').fill('P3');
  await panel.getByRole('button', { name: 'Add 3 insights' }).click();
  await expect(page.getByText('Added 3 insights to the library (0 already there).')).toBeVisible();
  await expect(panel.getByText('3 insights in the library.')).toBeVisible();

  // Accent-blind search finds the Vietnamese note typed without marks.
  await panel.getByRole('searchbox', { name: 'Search insights' }).fill('khong co thoi gian');
  await expect(panel.getByText('1 insight found.')).toBeVisible();
  const list = panel.getByRole('list', { name: 'Insights in the library' });
  await expect(list.getByRole('listitem')).toHaveCount(1);

  // Cited on a selected pain point with the button, then another dragged onto its card.
  const fake = page.getByRole('group', { name: /Khó phân biệt hàng chính hãng/ });
  await fake.click();
  await list.getByRole('button', { name: 'Cite on the selected card' }).click();
  await expect(panel.getByText('1 of 4 pain points backed by research')).toBeVisible();
  await panel.getByRole('searchbox', { name: 'Search insights' }).fill('ma giam gia');
  const coupon = page.getByRole('group', { name: /Mã giảm giá báo lỗi khi thanh toán/ });
  const note = list.getByRole('listitem').filter({ hasText: 'Mã giảm giá báo lỗi ở bước cuối' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await note.dragTo(coupon);
  await expect(panel.getByText('2 of 4 pain points backed by research')).toBeVisible();
  await expect(coupon.getByTitle('Backed by 1 insight')).toBeVisible();
  // Once saved, the library counts the card citing it.
  await expect(note.getByText('Cited by 1 card')).toBeVisible();

  // Undo takes the citation off, and the count follows; redo puts it back.
  await page.keyboard.press('Control+z');
  await expect(panel.getByText('1 of 4 pain points backed by research')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(panel.getByText('2 of 4 pain points backed by research')).toBeVisible();
  await waitSaved(page);
  const cited = storedMap(library).cards.filter((c) => c.insights.length > 0);
  expect(cited.map((c) => c.text).sort()).toEqual([
    'Khó phân biệt hàng chính hãng',
    'Mã giảm giá báo lỗi khi thanh toán',
  ]);
  expect(library.insights.list({ query: 'zalo', source: null, limit: 5, offset: 0 }).items[0]!.cardCount).toBe(0);

  // The inspector lists the research behind the card.
  await fake.click();
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  const research = page.getByRole('region', { name: 'Research behind this card' });
  await expect(research.getByText(/Không có thời gian so sánh từng shop/)).toBeVisible();
  // Another card, then back: the inspector shows one set of fields (two fields once shared a key,
  // and React then kept stale copies of one of them).
  await coupon.click();
  await fake.click();
  await expect(page.getByRole('textbox', { name: 'Tags' })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Research behind this card' })).toHaveCount(1);

  // An opportunity from the pain point (right-click menu), opened in the backlog.
  await fake.click({ button: 'right' });
  await page.getByRole('menuitem', { name: /Create opportunity/ }).click();
  const backlog = page.getByRole('region', { name: 'Backlog' });
  await expect(backlog).toBeVisible();
  // Titled by the card it starts from, then renamed.
  await expect(backlog.getByRole('region', { name: 'Opportunity “Khó phân biệt hàng chính hãng”' })).toBeVisible();
  const details = backlog.getByRole('region', { name: /^Opportunity “/ });
  await details.getByLabel('Title').fill('Tem chống giả quét bằng Zalo');
  await details.getByLabel('Title').press('Enter');
  await details.getByLabel('Owner').fill('Nhóm thương hiệu');
  await details.getByLabel('Business value').selectOption('4');
  // Not scored yet: it waits beside the matrix, and is dragged in (value 5, effort 2).
  const waiting = backlog.getByRole('group', { name: 'Not scored yet' }).getByRole('button');
  await expect(waiting).toHaveCount(1);
  const plot = backlog.getByRole('group', { name: 'Matrix: Customer value against effort' });
  const box = (await plot.boundingBox())!;
  const inner = box.width - 60;
  const at = (effort: number, value: number) => ({
    x: box.x + 30 + ((effort - 1) / 4) * inner,
    y: box.y + 30 + ((5 - value) / 4) * inner,
  });
  const from = await centerOf(waiting);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(at(2, 5).x, at(2, 5).y, { steps: 8 });
  await page.mouse.up();
  const point = plot.getByRole('button', { name: /Tem chống giả quét bằng Zalo: Customer value 5, effort 2/ });
  await expect(point).toBeVisible();
  // Dragged again within the matrix: to effort 1, value 4; the arrow keys move it one step.
  const p = await centerOf(point);
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await page.mouse.move(at(1, 4).x, at(1, 4).y, { steps: 8 });
  await page.mouse.up();
  await expect(plot.getByRole('button', { name: /Customer value 4, effort 1/ })).toBeVisible();
  await plot.getByRole('button', { name: /Customer value 4, effort 1/ }).press('ArrowUp');
  await expect(plot.getByRole('button', { name: /Customer value 5, effort 1/ })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(plot.getByRole('button', { name: /Customer value 4, effort 1/ })).toBeVisible();
  await waitSaved(page);
  const opportunity = storedMap(library).opportunities[0]!;
  expect(opportunity).toMatchObject({
    title: 'Tem chống giả quét bằng Zalo',
    owner: 'Nhóm thương hiệu',
    customerValue: 4,
    businessValue: 4,
    effort: 1,
    status: 'idea',
    cardIds: [storedMap(library).cards.find((c) => c.text === 'Khó phân biệt hàng chính hãng')!.id],
  });
  await expect(backlog.getByRole('table', { name: 'Opportunities, ranked' }).getByRole('row')).toHaveCount(2);

  // The backlog saved as a workbook (read by openpyxl) and as a CSV for Jira (read by Python's csv).
  await backlog.getByText('Export ▾').click();
  await backlog.getByRole('button', { name: 'Excel…' }).click();
  await expect(page.getByText(/Backlog saved: .*\.xlsx/)).toBeVisible();
  const rows = sheetRows(app.dialogs.saved.at(-1)!);
  expect(rows[0]!.slice(0, 4)).toEqual(['Thứ hạng', 'Cơ hội', 'Bản đồ', 'Trạng thái']);
  expect(rows[1]!.slice(0, 8)).toEqual([
    1,
    'Tem chống giả quét bằng Zalo',
    example.document.title,
    'Ý tưởng',
    'Nhóm thương hiệu',
    4,
    4,
    1,
  ]);
  expect(rows[1]![10]).toBe('Khó phân biệt hàng chính hãng');
  await backlog.getByText('Export ▾').click();
  await backlog.getByRole('button', { name: 'CSV for Jira…' }).click();
  await expect(page.getByText(/Backlog saved: .*\.csv/)).toBeVisible();
  const file = app.dialogs.saved.at(-1)!;
  expect(readFileSync(file)[0]).toBe('S'.charCodeAt(0));
  const jira = csvRows(file);
  expect(jira[0]).toEqual(['Summary', 'Issue Type', 'Description', 'Priority', 'Labels', 'Status']);
  expect(jira[1]!.slice(0, 2)).toEqual(['Tem chống giả quét bằng Zalo', 'Task']);
  expect(jira[1]!.slice(3)).toEqual(['Highest', 'journey-map', 'To Do']);
  expect(jira[1]![2]).toContain('- Khó phân biệt hàng chính hãng');
  expect(jira[1]![2]).toContain('Người phụ trách: Nhóm thương hiệu');

  // The slide and the page, as their readers see them.
  await backlog.getByText('Export ▾').click();
  await backlog.getByRole('button', { name: 'PDF…' }).click();
  await expect(page.getByText(/Backlog saved: .*\.pdf/)).toBeVisible();
  const pdf = execFileSync('pdftotext', ['-layout', app.dialogs.saved.at(-1)!, '-'], { encoding: 'utf8' });
  expect(pdf).toContain('Tem chống giả quét bằng Zalo');
  expect(pdf).toContain('Làm ngay');
  await backlog.getByText('Export ▾').click();
  await backlog.getByRole('button', { name: 'PowerPoint…' }).click();
  await expect(page.getByText(/Backlog saved: .*\.pptx/)).toBeVisible();

  // Back to the map.
  await backlog.getByRole('button', { name: 'Back to the map' }).click();
  await expect(backlog).toHaveCount(0);
  await expect(fake).toBeVisible();
});

test("the whole library's backlog: every map's opportunities ranked together, filtered by map, one opened on its map", async ({
  app,
}) => {
  const { page, library } = app;
  const seed = (title: string, ideas: [string, number, number][]) => {
    const made = library.maps.create({ kind: 'current-state', language: 'en', title });
    let doc = made.document;
    ideas.forEach(([idea, value, effort], i) => {
      doc = addOpportunity(doc, { id: `${title}-${i}`, title: idea, cardIds: [], createdAt: doc.updatedAt });
      doc = updateOpportunity(doc, `${title}-${i}`, { customerValue: value, effort });
    });
    library.maps.save(doc, made.revision);
    return doc.id;
  };
  seed('Checkout', [
    ['Save the address', 5, 1],
    ['Guest checkout', 3, 3],
  ]);
  const onboarding = seed('Onboarding', [['Shorter sign-up', 4, 1]]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await page.getByRole('button', { name: 'Backlog', exact: true }).click();
  const view = page.getByRole('region', { name: 'Backlog of the whole library' });
  const rows = view.getByRole('table', { name: 'Opportunities, ranked' }).getByRole('row');
  // Ranked by value for the effort across maps: 5/1, 4/1, 3/3.
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Save the address');
  await expect(rows.nth(2)).toContainText('Shorter sign-up');
  await expect(rows.nth(2)).toContainText('Onboarding');
  await view.getByLabel('Map').selectOption({ label: 'Onboarding' });
  await expect(rows).toHaveCount(2);
  await expect(view.getByRole('group', { name: /^Matrix/ }).getByRole('button')).toHaveCount(1);
  await rows.nth(1).getByRole('button', { name: 'Shorter sign-up' }).click();
  const backlog = page.getByRole('region', { name: 'Backlog' });
  await expect(backlog.getByRole('region', { name: 'Opportunity “Shorter sign-up”' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Onboarding', level: 1 })).toBeVisible();
  await backlog.getByRole('button', { name: 'Back to the map' }).click();
  expect(library.maps.load(onboarding).document.opportunities).toHaveLength(1);
});

test('notes from a CSV file: columns guessed from their headings, a bad row named, nothing added until all are good', async ({
  app,
}) => {
  const { page, library } = app;
  const example = library.createExample('shopee-retail');
  const path = join(app.dataDir, 'phong-van.csv');
  writeFileSync(
    path,
    '\uFEFFNgười tham gia,Ngày,Ghi chú\nP3,20/11/2026,Không có thời gian so sánh\nP7,31/02/2026,Hỏi Zalo lúc 10 giờ tối\n',
  );
  app.dialogs.importPath = path;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await openFromLibrary(page, example.document.title);
  await page.getByRole('button', { name: 'Research', exact: true }).click();
  await page.getByRole('button', { name: 'From a file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Notes from phong-van.csv' });
  await expect(dialog.getByLabel('Words')).toHaveValue('2');
  await expect(dialog.getByLabel('Who')).toHaveValue('0');
  // 31 February is no day: the row is named and the button stays off.
  await expect(dialog.getByRole('alert')).toHaveText(
    'Row 3: “Date” is not a date (day/month/year or year-month-day). Nothing was added.',
  );
  await expect(dialog.getByRole('button', { name: /^Add/ })).toBeDisabled();
  await dialog.getByLabel('Date').selectOption({ label: '(none)' });
  await expect(dialog.getByRole('list', { name: 'The first insights to add' }).getByRole('listitem')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Add 2 insights' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Added 2 insights to the library (0 already there).')).toBeVisible();
  const stored = library.insights.list({ query: '', source: null, limit: 5, offset: 0 }).items;
  expect(stored.map((i) => [i.text, i.who, i.date]).sort()).toEqual([
    ['Hỏi Zalo lúc 10 giờ tối', 'P7', ''],
    ['Không có thời gian so sánh', 'P3', ''],
  ]);
});
