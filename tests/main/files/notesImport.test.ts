import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNotesFile } from '../../../electron/main/files/readNotes';
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable';
import { createInvoker } from '../../../electron/main/ipc/invoker';
import { createLibraryServices } from '../../../electron/main/library/services';
import { guessMapping, notesToInsights } from '../../../shared/exchange/notesImport';
import { buildApi } from '../../../shared/ipc/api';
import { stubFileServices, type DialogAnswers } from '../../helpers/fileStubs';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const defaults = { kind: 'quote', source: 'interview' } as const;

function file(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

describe('research notes from a file', () => {
  it('reads a Vietnamese CSV (byte-order mark, semicolons, a quoted line break) and guesses its columns', async () => {
    const path = file(
      'phỏng vấn.csv',
      '\uFEFFNgười tham gia;Ngày;Ghi chú;Nguồn;Chủ đề\n' +
        'P3;20/11/2026;"Không có thời gian so sánh;\nchỉ muốn biết hàng thật";Phỏng vấn;giá, tin cậy\n' +
        'P7;2026-11-21;Hỏi Zalo lúc 10 giờ tối;Yêu cầu hỗ trợ;\n' +
        ';;;;\n' +
        'P9;;38% bỏ giỏ;khảo sát;\n',
    );
    const table = await readNotesFile(path);
    expect(table.columns).toEqual(['Người tham gia', 'Ngày', 'Ghi chú', 'Nguồn', 'Chủ đề']);
    expect(table.rows).toHaveLength(3);
    const mapping = guessMapping(table.columns);
    expect(mapping).toEqual({ text: 2, who: 0, date: 1, source: 3, tags: 4, link: null });
    const result = notesToInsights(table, mapping, defaults);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.items.map((i) => [i.text, i.who, i.date, i.source, i.tags])).toEqual([
      ['Không có thời gian so sánh;\nchỉ muốn biết hàng thật', 'P3', '2026-11-20', 'interview', ['giá', 'tin cậy']],
      ['Hỏi Zalo lúc 10 giờ tối', 'P7', '2026-11-21', 'support', []],
      ['38% bỏ giỏ', 'P9', '', 'survey', []],
    ]);
  });

  it('names the first row that cannot be an insight, and adds none', async () => {
    const table = await readNotesFile(
      file('notes.csv', 'note,date,link\nfine,,\nalso fine,31/02/2026,\nthird,,https://example.com\n'),
    );
    const mapping = guessMapping(table.columns);
    expect(notesToInsights(table, mapping, defaults)).toEqual({ ok: false, row: 3, field: 'date', reason: 'date' });
    const scripted = await readNotesFile(
      file('links.csv', 'note,link\nok,https://a.example\nbad,javascript:alert(1)\n'),
    );
    expect(notesToInsights(scripted, guessMapping(scripted.columns), defaults)).toEqual({
      ok: false,
      row: 3,
      field: 'link',
      reason: 'link',
    });
  });

  it("reads a workbook's first sheet", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Notes');
    sheet.addRow(['Quote', 'Participant', 'Date']);
    sheet.addRow(['Checkout asks for my address twice', 'P1', new Date(Date.UTC(2026, 10, 3))]);
    const path = file('notes.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const table = await readNotesFile(path);
    const result = notesToInsights(table, guessMapping(table.columns), defaults);
    expect(result).toEqual({
      ok: true,
      items: [expect.objectContaining({ text: 'Checkout asks for my address twice', who: 'P1', date: '2026-11-03' })],
    });
  });

  it('refuses in words a file of another type, too many notes, an unclosed quote or no notes', async () => {
    const cases: [string, string, string][] = [
      ['notes.pdf', 'x', 'errors.notes.type'],
      ['many.csv', `note\n${Array.from({ length: 5001 }, (_, i) => `n${i}`).join('\n')}\n`, 'errors.notes.tooMany'],
      ['quote.csv', 'note\n"never closed\nmore\n', 'errors.notes.quotes'],
      ['empty.csv', 'note,who\n,,\n', 'errors.notes.empty'],
    ];
    for (const [name, content, key] of cases)
      await expect(readNotesFile(file(name, content)), name).rejects.toMatchObject({ i18n: { key } });
  });

  it('is read through the handler table on the import path, and adds nothing by itself', async () => {
    const library = createLibraryServices(tempDir());
    const answers: DialogAnswers = { saveDir: null, importPath: null, saved: [] };
    const invoke = createInvoker(createHandlerTable({ library, files: stubFileServices(answers) }), () => true);
    const api = buildApi((channel, request) =>
      invoke({ url: 'app://waymark/index.html', isMainFrame: true }, channel, request),
    );
    expect(await api.notes.read({})).toEqual({ ok: true, value: { cancelled: true } });
    answers.importPath = file('notes.csv', 'note\nOne\nTwo\n');
    const read = await api.notes.read({});
    expect(read).toEqual({
      ok: true,
      value: { table: { file: 'notes.csv', columns: ['note'], rows: [['One'], ['Two']] } },
    });
    expect(library.insights.list({ query: '', source: null, limit: 1, offset: 0 }).total).toBe(0);
    library.close();
  });
});
