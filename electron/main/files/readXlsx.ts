import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellRef, fromTables, type ReadSheet, XlsxError } from '../../../shared/exchange/xlsx/fromTables';
import type { CellValue } from '../../../shared/exchange/xlsx/toTables';
import { AppError } from '../../../shared/ipc/errors';
import { XLSX_LIMITS } from '../../../shared/model/limits';
import { readBoundedFile } from './readBoundedFile';
import { WorkbookScan } from './xlsxScan';

const refuse = (message: string, key: string, params: Record<string, string | number> = {}) =>
  new AppError('INVALID_DOCUMENT', message, { key, params });

/** A refusal of the workbook's contents (which sheet, which cell), said as the interface says errors. */
const inWords = (err: unknown) =>
  err instanceof XlsxError ? new AppError('INVALID_DOCUMENT', err.message, { key: err.key, params: err.params }) : err;

const tooBigUnpacked = () =>
  refuse(
    `The workbook would unpack to more than ${XLSX_LIMITS.unpackedBytes / 1024 / 1024} MB; it is refused before unpacking. Nothing was imported.`,
    'errors.xlsx.tooBigUnpacked',
    { max: XLSX_LIMITS.unpackedBytes / 1024 / 1024 },
  );

/**
 * Inflates every part once, keeping nothing, and counts the bytes that actually come out: a zip's
 * directory can declare any size, so only this count bounds what unpacking costs. Stops (and
 * refuses) as soon as the count passes the limit, long before a bomb is unpacked. The sheets'
 * rows and cells are counted on the way (WorkbookScan), so an oversized book is refused here too.
 */
async function countInflated(zip: JSZip): Promise<void> {
  let total = 0;
  const scan = new WorkbookScan();
  for (const part of Object.values(zip.files)) {
    if (part.dir) continue;
    const count = scan.part(part.name);
    await new Promise<void>((resolve, reject) => {
      const stream = part.nodeStream('nodebuffer');
      const stop = (err: unknown) => {
        (stream as unknown as { destroy: () => void }).destroy();
        reject(err);
      };
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > XLSX_LIMITS.unpackedBytes) return stop(tooBigUnpacked());
        try {
          count?.(chunk);
        } catch (err) {
          stop(err);
        }
      });
      stream.on('error', () =>
        reject(refuse('The file is not an Excel workbook (.xlsx). Nothing was imported.', 'errors.xlsx.notWorkbook')),
      );
      stream.on('end', () => resolve());
    });
  }
}

/** Reads the zip's directory, then counts what its parts really unpack to; refuses a workbook too big either way. */
async function checkZip(bytes: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw refuse('The file is not an Excel workbook (.xlsx). Nothing was imported.', 'errors.xlsx.notWorkbook');
  }
  const parts = Object.values(zip.files);
  // The unpacked size each entry declares in the zip's directory (JSZip keeps it on its data).
  const declared = (f: JSZip.JSZipObject) =>
    (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? Infinity;
  const unpacked = parts.reduce((sum, f) => sum + (f.dir ? 0 : declared(f)), 0);
  if (parts.length > XLSX_LIMITS.parts || unpacked > XLSX_LIMITS.unpackedBytes) throw tooBigUnpacked();
  // The directory may lie (a part declaring 1 KB that inflates to 2 GB): count what comes out.
  await countInflated(zip);
}

/** A cell's value as text or a number, whatever exceljs made of it (rich text, links, dates). */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return plain((value.result ?? null) as ExcelJS.CellValue);
  return null;
}

function readSheet(sheet: ExcelJS.Worksheet): ReadSheet {
  if (sheet.rowCount > XLSX_LIMITS.rowsPerSheet || sheet.columnCount > XLSX_LIMITS.columnsPerSheet)
    throw new XlsxError(
      `Sheet "${sheet.name}" has ${sheet.rowCount} rows and ${sheet.columnCount} columns; Waymark reads up to ${XLSX_LIMITS.rowsPerSheet} rows and ${XLSX_LIMITS.columnsPerSheet} columns. Nothing was imported.`,
      'errors.xlsx.tooBig',
      { sheet: sheet.name, rows: XLSX_LIMITS.rowsPerSheet, columns: XLSX_LIMITS.columnsPerSheet },
    );
  const rows: CellValue[][] = [];
  const formulas = new Set<string>();
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c);
      // A merged range reads as its first cell's value in each of its cells.
      const source = cell.isMerged ? cell.master : cell;
      if (source.type === ExcelJS.ValueType.Formula) formulas.add(cellRef(r - 1, c - 1));
      values.push(plain(source.value));
    }
    rows.push(values);
  }
  return { name: sheet.name, rows, formulas };
}

/**
 * A workbook's sheets as values, bounded at every step: the file's size, its unpacked size
 * (before unpacking), sheets, rows and columns. Refused in words when it is not a workbook.
 */
export async function readWorkbookSheets(path: string): Promise<ReadSheet[]> {
  const bytes = await readBoundedFile(path, XLSX_LIMITS.bytes);
  await checkZip(bytes);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse(
      'The file is not an Excel workbook (.xlsx) Waymark can read. Nothing was imported.',
      'errors.xlsx.notWorkbook',
    );
  }
  if (book.worksheets.length > XLSX_LIMITS.sheets)
    throw refuse(
      `The workbook has more than ${XLSX_LIMITS.sheets} sheets. Nothing was imported.`,
      'errors.xlsx.tooManySheets',
      {
        max: XLSX_LIMITS.sheets,
      },
    );
  // Reading walks each sheet's whole grid: a few cells far apart make a grid of millions.
  WorkbookScan.checkGrids(book.worksheets.map((w) => ({ rows: w.rowCount, columns: w.columnCount })));
  try {
    return book.worksheets.map(readSheet);
  } catch (err) {
    throw inWords(err);
  }
}

/**
 * Reads an Excel workbook into a map and what the import will create, or refuses it in the
 * interface language naming the sheet and cell.
 */
export async function readXlsxFile(path: string) {
  const sheets = await readWorkbookSheets(path);
  try {
    return fromTables(sheets);
  } catch (err) {
    throw inWords(err);
  }
}
