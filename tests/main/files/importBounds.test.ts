import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../../electron/main/files/importMap';
import { importReaderOnThread } from '../../../electron/main/files/importReader';
import { writeXlsx } from '../../../shared/exchange/xlsx/writeXlsx';
import { XLSX_LIMITS } from '../../../shared/model/limits';
import { syntheticMap } from '../../../bench/synthetic';
import { bundleForChild } from '../../helpers/bundle';

const dir = mkdtempSync(join(tmpdir(), 'waymark-import-bounds-'));
const thread = bundleForChild('electron/main/files/importThread.ts');

async function book(name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet(name));
  const file = join(dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** A real export of a map of `cards` cards, as a person would import it. */
async function exportedMap(cards: number): Promise<string> {
  const file = join(dir, `map-${cards}.xlsx`);
  writeFileSync(file, await writeXlsx(ExcelJS, syntheticMap(cards)));
  return file;
}

const refusalKey = (p: Promise<unknown>) =>
  p.then(
    () => 'read',
    (err: { i18n?: { key: string } }) => err.i18n?.key ?? String(err),
  );

describe('workbooks are checked while they unpack', () => {
  it('refuses a sheet of 30,000 rows by its row count, before a parser builds the book', async () => {
    const file = await book('Huge', (s) => {
      for (let r = 0; r < 30_000; r++) s.addRow([`row ${r}`]);
    });
    // Only the unpacking scan says "tooManyRows": the parsed book would be refused by its sheet size.
    await expect(refusalKey(readWorkbookFile(file))).resolves.toBe('errors.xlsx.tooManyRows');
  });

  it('refuses a few cells far apart whose grid is millions of cells, before walking it', async () => {
    const file = await book('Sparse', (s) => {
      s.getCell(1, 1).value = 'Stage';
      s.getCell(XLSX_LIMITS.rowsPerSheet - 10, XLSX_LIMITS.columnsPerSheet).value = 'far away';
    });
    await expect(refusalKey(readWorkbookFile(file))).resolves.toBe('errors.xlsx.tooManyCells');
  });

  it('refuses a shared-strings part of more strings than the book may have cells', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await exportedMap(10)));
    const strings = '<si><r><t>a</t></r></si>'.repeat(XLSX_LIMITS.cells / 2 + 1);
    zip.file('xl/sharedStrings.xml', `<?xml version="1.0"?><sst count="1" uniqueCount="1">${strings}</sst>`);
    const file = join(dir, 'strings.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    await expect(refusalKey(readWorkbookFile(file))).resolves.toBe('errors.xlsx.tooManyCells');
  });
});

describe('every import is read on a thread of its own, bounded in time and memory', () => {
  it('reads an ordinary 1,000-card workbook on the thread', async () => {
    const read = await importReaderOnThread(thread)(await exportedMap(1000));
    if (read.kind !== 'workbook') throw new Error(`read as ${read.kind}`);
    expect(read.doc.cards).toHaveLength(1000);
  });

  it('reads a file of notes on the thread when asked for notes', async () => {
    const notes = join(mkdtempSync(join(tmpdir(), 'waymark-notes-')), 'notes.csv');
    writeFileSync(notes, 'note,who\nKhông có thời gian,P3\n');
    const read = await importReaderOnThread(thread)(notes, 'notes');
    expect(read).toEqual({
      kind: 'notes',
      table: { file: 'notes.csv', columns: ['note', 'who'], rows: [['Không có thời gian', 'P3']] },
    });
  });

  it('stops a read that takes longer than the time limit and says so', async () => {
    const slow = importReaderOnThread(thread, { ms: 1, heapMb: 256 });
    await expect(refusalKey(slow(await exportedMap(1000)))).resolves.toBe('errors.importTooSlow');
  });

  it('stops a read that needs more memory than the ceiling and says so', async () => {
    const small = importReaderOnThread(thread, { ms: 60_000, heapMb: 8 });
    await expect(refusalKey(small(await exportedMap(1000)))).resolves.toBe('errors.importTooLarge');
  });

  it('passes a refusal from the thread on in the interface language', async () => {
    const file = await book('Huge2', (s) => {
      for (let r = 0; r < 30_000; r++) s.addRow([`row ${r}`]);
    });
    await expect(refusalKey(importReaderOnThread(thread)(file))).resolves.toBe('errors.xlsx.tooManyRows');
  });
});
