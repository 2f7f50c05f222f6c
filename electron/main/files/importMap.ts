import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { MigrationError, migrateDocument } from '../../../shared/schema/migrate';
import { validateDocument } from '../../../shared/schema/validate';
import type { JourneyMap } from '../../../shared/model/types';
import { importOjf, OjfError } from '../../../shared/exchange/ojf';

export const IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;

/**
 * Reads a Waymark file and returns a valid, current-format document, or throws an AppError
 * saying exactly what is wrong. Nothing is stored here: the caller inserts it as a new map.
 */
export function readWaymarkFile(path: string): JourneyMap {
  const ext = extname(path).toLowerCase();
  if (ext !== '.waymark' && ext !== '.json' && ext !== '.ojf')
    throw new AppError(
      'INVALID_DOCUMENT',
      `Waymark can import .waymark, .json and .ojf files; "${path}" is none of them.`,
      { key: 'errors.importType', params: { path } },
    );
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('NOT_FOUND', `The file "${path}" cannot be read (missing or no permission).`, {
      key: 'errors.unreadableFile',
      params: { path },
    });
  }
  if (size > IMPORT_LIMIT_BYTES)
    throw new AppError(
      'INVALID_DOCUMENT',
      `The file is ${Math.round(size / 1024 / 1024)} MB; Waymark imports map files up to ${IMPORT_LIMIT_BYTES / 1024 / 1024} MB.`,
      {
        key: 'errors.importTooBig',
        params: { size: Math.round(size / 1024 / 1024), max: IMPORT_LIMIT_BYTES / 1024 / 1024 },
      },
    );
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new AppError(
      'INVALID_DOCUMENT',
      `The file is not valid JSON (${(err as Error).message}). Nothing was imported.`,
      { key: 'errors.notJson', params: { detail: (err as Error).message } },
    );
  }
  if (ext === '.ojf') {
    let doc: JourneyMap;
    try {
      doc = importOjf(raw);
    } catch (err) {
      if (err instanceof OjfError)
        throw new AppError('INVALID_DOCUMENT', err.message, { key: 'errors.badOjf', params: { detail: err.message } });
      throw err;
    }
    const checked = validateDocument(doc);
    if (!checked.ok)
      throw new AppError('INVALID_DOCUMENT', `${checked.message} Nothing was imported.`, {
        key: 'errors.invalidImport',
        params: { detail: checked.message },
      });
    return checked.doc;
  }
  let migrated: unknown;
  try {
    migrated = migrateDocument(raw);
  } catch (err) {
    if (err instanceof MigrationError)
      throw new AppError(
        err.code === 'NEWER_FORMAT' ? 'NEWER_FORMAT' : 'INVALID_DOCUMENT',
        err.message,
        err.code === 'NEWER_FORMAT'
          ? { key: 'errors.newerFormat' }
          : { key: 'errors.notMap', params: { detail: err.message } },
      );
    throw err;
  }
  const checked = validateDocument(migrated);
  if (!checked.ok)
    throw new AppError('INVALID_DOCUMENT', `${checked.message} Nothing was imported.`, {
      key: 'errors.invalidImport',
      params: { detail: checked.message },
    });
  return checked.doc;
}
