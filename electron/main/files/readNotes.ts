import { basename, extname } from 'node:path';
import Papa from 'papaparse';
import type { NotesTable } from '../../../shared/ipc/research';
import { AppError } from '../../../shared/ipc/errors';
import { cleanText } from '../../../shared/model/cleanText';
import { LIMITS, XLSX_LIMITS } from '../../../shared/model/limits';
import { readBoundedFile } from './readBoundedFile';
import { readWorkbookSheets } from './readXlsx';

const refuse = (message: string, key: string, params: Record<string, string | number> = {}) =>
  new AppError('INVALID_DOCUMENT', message, { key, params });

/** The notes file types: a spreadsheet saved as CSV (or tab-separated), or an Excel workbook. */
export const NOTES_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx'] as const;

/** Rows of cells as text: the first row names the columns (a blank heading is "Column N"). */
function asTable(file: string, grid: readonly (readonly unknown[])[]): NotesTable {
  const text = (v: unknown) => (v === null || v === undefined ? '' : cleanText(String(v)).trim());
  const rows = grid.map((r) => r.map(text)).filter((r) => r.some((c) => c !== ''));
  const [head = [], ...body] = rows;
  const width = Math.max(head.length, ...body.map((r) => r.length));
  if (width > XLSX_LIMITS.columnsPerSheet)
    throw refuse(
      `The file has ${width} columns; Waymark reads up to ${XLSX_LIMITS.columnsPerSheet}. Nothing was added.`,
      'errors.notes.tooWide',
      { count: width, max: XLSX_LIMITS.columnsPerSheet },
    );
  if (body.length > LIMITS.insightsPerImport)
    throw refuse(
      `The file has ${body.length} notes; at most ${LIMITS.insightsPerImport} are added at once. Split it. Nothing was added.`,
      'errors.notes.tooMany',
      { count: body.length, max: LIMITS.insightsPerImport },
    );
  if (!body.length) throw refuse('The file has no notes under its headings. Nothing was added.', 'errors.notes.empty');
  const columns = Array.from({ length: width }, (_, i) => head[i] || `#${i + 1}`);
  return { file, columns, rows: body.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')) };
}

/**
 * Reads a file of research notes (CSV or the first sheet of a workbook) for the import preview,
 * bounded like a workbook import: the file's size, its columns and its rows. Nothing is stored;
 * which column is which is chosen by the person, and each note is checked when it is added.
 */
export async function readNotesFile(path: string): Promise<NotesTable> {
  const ext = extname(path).slice(1).toLowerCase();
  const file = basename(path);
  if (!(NOTES_EXTENSIONS as readonly string[]).includes(ext))
    throw refuse(`Waymark reads notes from .csv and .xlsx files; "${file}" is neither.`, 'errors.notes.type', { file });
  if (ext === 'xlsx') {
    const [first] = await readWorkbookSheets(path);
    return asTable(file, first?.rows ?? []);
  }
  const bytes = await readBoundedFile(path, XLSX_LIMITS.bytes);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // Papa Parse finds the delimiter (comma, semicolon, tab) and keeps quoted line breaks.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', preview: LIMITS.insightsPerImport + 2 });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken)
    throw refuse(
      `Row ${(broken.row ?? 0) + 1} of the file has a quote that is never closed. Nothing was added.`,
      'errors.notes.quotes',
      { row: (broken.row ?? 0) + 1 },
    );
  return asTable(file, parsed.data);
}
