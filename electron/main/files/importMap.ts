import { extname } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { FILE_SHAPE_LIMITS } from '../../../shared/model/limits';
import { MigrationError, migrateDocument } from '../../../shared/schema/migrate';
import { printableExcerpt } from '../../../shared/schema/problems';
import { validateDocument } from '../../../shared/schema/validate';
import type { JourneyMap } from '../../../shared/model/types';
import { LIMITS, PICTURE_LIMITS } from '../../../shared/model/limits';
import { megabytes, PICTURE_DATA_URL } from '../../../shared/model/pictures';
import { importOjf, OjfError } from '../../../shared/exchange/ojf';
import { JsonShapeCheck, syntaxErrorOffset, type ShapeProblem } from './jsonShape';
import { ReadRefused, readBoundedFile } from './readBoundedFile';
import { readXlsxFile } from './readXlsx';
import type { ImportPreview } from '../../../shared/exchange/xlsx/fromTables';
import { type CarriedInsight, carriedInsightSchema } from '../../../shared/model/insight';

export const IMPORT_LIMIT_BYTES = FILE_SHAPE_LIMITS.bytes;
const MB = 1024 * 1024;

const refuse = (message: string, key: string, params: Record<string, string | number> = {}) =>
  new AppError('INVALID_DOCUMENT', message, { key, params });

function readRefusal(err: ReadRefused, path: string): AppError {
  const r = err.refusal;
  if (r.kind === 'missing')
    return new AppError('NOT_FOUND', `The file "${path}" cannot be read (missing or no permission).`, {
      key: 'errors.unreadableFile',
      params: { path },
    });
  if (r.kind === 'not-a-file')
    return refuse(
      `"${path}" is not an ordinary file (a device, a pipe or a folder). Nothing was imported.`,
      'errors.notAFile',
      {
        path,
      },
    );
  const size = Math.max(1, Math.round(r.bytes / MB));
  return refuse(`The file is ${size} MB; Waymark imports map files up to ${r.max / MB} MB.`, 'errors.importTooBig', {
    size,
    max: r.max / MB,
  });
}

/** Text that is mostly not printable is binary: say so instead of quoting it. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 512);
  let odd = 0;
  for (const b of head) if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13)) odd += 1;
  return odd > 0 || head.toString('utf8').includes('\ufffd');
}

function syntaxRefusal(bytes: Buffer, text: string, offset: number | null): AppError {
  if (looksBinary(bytes))
    return refuse(
      'The file holds binary data (a picture, an archive or a program), not a map. Nothing was imported.',
      'errors.binaryFile',
    );
  const at = Math.min(offset ?? 0, text.length);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const near = printableExcerpt(text.slice(Math.max(0, at - 10), at + 20), 30) || '…';
  return refuse(
    `The file is not valid JSON: line ${line}, column ${column}, near "${near}". Nothing was imported.`,
    'errors.notJson',
    { line, column, near },
  );
}

function limitRefusal(problem: ShapeProblem): AppError {
  return refuse(
    `The file is refused before reading further: ${problem.place} goes over the limit "${problem.limit}" (${problem.max}). Nothing was imported.`,
    `errors.fileLimit.${problem.limit}`,
    { place: problem.place, max: problem.max },
  );
}

/** Reads, shape-checks and parses a JSON file; never builds more than the limits allow. */
async function readJson(path: string): Promise<unknown> {
  const shape = new JsonShapeCheck();
  let first = true;
  let bytes: Buffer;
  try {
    bytes = await readBoundedFile(path, IMPORT_LIMIT_BYTES, (chunk) => {
      // A UTF-8 byte-order mark is not JSON, but editors on Windows write one.
      const body = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
      first = false;
      const problem = shape.write(body);
      if (problem) throw limitRefusal(problem);
    });
  } catch (err) {
    if (err instanceof ReadRefused) throw readRefusal(err, path);
    throw err;
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    throw syntaxRefusal(bytes, text, syntaxErrorOffset(text));
  }
}

function checked(doc: unknown): JourneyMap {
  const result = validateDocument(doc);
  if (result.ok) return result.doc;
  throw new AppError('INVALID_DOCUMENT', `${result.message} Nothing was imported.`, result.problem);
}

function fromOjf(raw: unknown): JourneyMap {
  try {
    return checked(importOjf(raw));
  } catch (err) {
    if (err instanceof OjfError) throw new AppError('INVALID_DOCUMENT', err.message, err.i18n);
    throw err;
  }
}

function fromWaymark(raw: unknown): JourneyMap {
  try {
    return checked(migrateDocument(raw));
  } catch (err) {
    if (!(err instanceof MigrationError)) throw err;
    if (err.code === 'NEWER_FORMAT') throw new AppError('NEWER_FORMAT', err.message, { key: 'errors.newerFormat' });
    throw refuse(err.message, 'errors.notMap', { detail: printableExcerpt(err.message, 120) });
  }
}

/**
 * Reads a map file (.waymark/.json or .ojf) and returns a valid, current-format document, or
 * throws an AppError saying in the interface language what is wrong and where. Nothing is
 * stored here: the caller inserts the result as a new map.
 */
export async function readMapFile(path: string): Promise<JourneyMap> {
  return (await readMapBundle(path)).doc;
}

/**
 * A map file's map, the detail maps a .waymark file carries with it (its detail journeys, theirs,
 * and so on), and the pictures (base64 by content hash, unchecked).
 */
export interface MapBundle {
  doc: JourneyMap;
  details: JourneyMap[];
  pictures: ReadonlyMap<string, string>;
  /** The insights of the library the maps' cards cite, as the file carries them. */
  insights: CarriedInsight[];
}

/** The insights beside the maps in a .waymark file, each checked; refused in words when one is bad. */
function carriedInsights(raw: unknown): { rest: unknown; insights: CarriedInsight[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('insights' in raw))
    return { rest: raw, insights: [] };
  const { insights, ...rest } = raw as Record<string, unknown>;
  if (!Array.isArray(insights))
    throw refuse('The file’s insights are not a list. Nothing was imported.', 'errors.badInsights');
  const max = LIMITS.insightsPerImport;
  if (insights.length > max)
    throw refuse(
      `The file carries ${insights.length} insights; a .waymark file carries up to ${max}. Nothing was imported.`,
      'errors.tooManyCarriedInsights',
      { count: insights.length, max },
    );
  return {
    rest,
    insights: insights.map((item, i) => {
      const parsed = carriedInsightSchema.safeParse(item);
      if (parsed.success) return parsed.data;
      throw refuse(
        `Insight ${i + 1} in the file is not a valid insight (${printableExcerpt(parsed.error.issues[0]?.message ?? '', 80)}). Nothing was imported.`,
        'errors.badInsight',
        { n: i + 1 },
      );
    }),
  };
}

/** The detail maps beside the map in a .waymark file, each migrated and checked like the map itself. */
function carriedDetailMaps(raw: unknown): { rest: unknown; details: JourneyMap[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('detailMaps' in raw))
    return { rest: raw, details: [] };
  const { detailMaps, ...rest } = raw as Record<string, unknown>;
  if (!Array.isArray(detailMaps))
    throw refuse('The file’s detail maps are not a list of maps. Nothing was imported.', 'errors.badDetailMaps');
  const max = LIMITS.detailMapsPerFile;
  if (detailMaps.length > max)
    throw refuse(
      `The file carries ${detailMaps.length} detail maps; a .waymark file carries up to ${max}. Nothing was imported.`,
      'errors.tooManyDetailMaps',
      { count: detailMaps.length, max },
    );
  const details = detailMaps.map((map, i) => {
    try {
      return fromWaymark(map);
    } catch (err) {
      const named = (map as { title?: unknown } | null)?.title;
      const title = printableExcerpt(typeof named === 'string' ? named : '', 60) || '…';
      throw refuse(
        `Detail map ${i + 1} in the file ("${title}") is not a valid map: ${(err as Error).message}`,
        'errors.badDetailMap',
        { n: i + 1, title },
      );
    }
  });
  return { rest, details };
}

/** Two maps of one file with one id would be one map twice: refused, as no export writes that. */
function refuseRepeats(maps: readonly JourneyMap[]): void {
  const seen = new Set<string>();
  for (const map of maps) {
    if (seen.has(map.id))
      throw refuse(`The file carries the map "${map.title}" twice. Nothing was imported.`, 'errors.sameDetailMap', {
        title: map.title,
      });
    seen.add(map.id);
  }
}

/** The pictures beside the document in a .waymark file, read apart from it; refused if malformed. */
function carriedPictures(raw: unknown): { rest: unknown; pictures: Map<string, string> } {
  const pictures = new Map<string, string>();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('pictures' in raw))
    return { rest: raw, pictures };
  const { pictures: carried, ...rest } = raw as Record<string, unknown>;
  if (typeof carried !== 'object' || carried === null || Array.isArray(carried))
    throw refuse('The file’s pictures are not readable. Nothing was imported.', 'errors.badPicture', { hash: '' });
  for (const [hash, url] of Object.entries(carried)) {
    const data = typeof url === 'string' ? PICTURE_DATA_URL.exec(url)?.[2] : undefined;
    if (!/^[0-9a-f]{64}$/.test(hash) || !data)
      throw refuse(
        `The file’s picture "${hash.slice(0, 12)}" is not a PNG or JPEG. Nothing was imported.`,
        'errors.badPicture',
        {
          hash: hash.slice(0, 12),
        },
      );
    pictures.set(hash, data);
  }
  return { rest, pictures };
}

export async function readMapBundle(path: string): Promise<MapBundle> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.waymark' && ext !== '.json' && ext !== '.ojf')
    throw refuse(
      `Waymark can import .waymark, .json, .ojf and .xlsx files; "${path}" is none of them.`,
      'errors.importType',
      { path },
    );
  const raw = await readJson(path);
  if (ext === '.ojf') return { doc: fromOjf(raw), details: [], pictures: new Map(), insights: [] };
  const { rest: withoutPictures, pictures } = carriedPictures(raw);
  const { rest: withoutInsights, insights } = carriedInsights(withoutPictures);
  const { rest, details } = carriedDetailMaps(withoutInsights);
  const doc = fromWaymark(rest);
  refuseRepeats([doc, ...details]);
  return { doc, details, pictures: picturesInUse([doc, ...details], pictures), insights };
}

/**
 * Of the pictures a file carries, only those a card of its map shows, within the bound the
 * export applies (PICTURE_LIMITS.fileBytes): a file cannot fill the library with pictures nothing
 * uses, nor bring more than Waymark itself would write.
 */
export function picturesInUse(
  maps: readonly JourneyMap[],
  carried: ReadonlyMap<string, string>,
  maxBytes: number = PICTURE_LIMITS.fileBytes,
): Map<string, string> {
  const named = new Set(maps.flatMap((doc) => doc.cards.flatMap((c) => (c.picture ? [c.picture.hash] : []))));
  const used = new Map([...carried].filter(([hash]) => named.has(hash)));
  const bytes = [...used.values()].reduce((sum, b64) => sum + Math.floor((b64.length * 3) / 4), 0);
  if (bytes > maxBytes) {
    const size = megabytes(bytes);
    const max = megabytes(maxBytes);
    throw refuse(
      `The file's pictures take ${size} MB; a .waymark file carries up to ${max} MB of pictures. Nothing was imported.`,
      'errors.picturesTooBig',
      { size, max },
    );
  }
  return used;
}

/**
 * An Excel workbook as a map, and what importing it will create (shown before it is), or a
 * refusal naming the sheet and cell. Nothing is stored here.
 */
export async function readWorkbookFile(path: string): Promise<{ doc: JourneyMap; preview: ImportPreview }> {
  try {
    const { doc, preview } = await readXlsxFile(path);
    return { doc: checked(doc), preview };
  } catch (err) {
    if (err instanceof ReadRefused) throw readRefusal(err, path);
    throw err;
  }
}

export const isWorkbook = (path: string) => extname(path).toLowerCase() === '.xlsx';
