import type { Database } from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { configureForReading, configureForWriting, type ConnectionOptions, openConnection } from './connection';
import { commitsFile, savesLostSinceRecord } from './durability';
import { LibraryError } from './errors';
import { checkNotNewer, migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA } from './migrations';

export const LIBRARY_FILE = 'waymark-library.sqlite';

export interface OpenedLibrary {
  db: Database;
  file: string;
  schemaVersion: number;
  /** Where a damaged library file was moved, if it was. */
  movedAside: string | null;
  /** The file (or its folder) cannot be written: maps can be viewed and exported, not edited. */
  readOnly: boolean;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** An existing library that this process may not write is opened read-only, not refused. */
function isReadOnly(dir: string, file: string): boolean {
  return existsSync(file) && (!writable(file) || !writable(dir));
}

function ensureFolder(dir: string): void {
  try {
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK | constants.R_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    const why =
      code === 'ENOTDIR' || code === 'EEXIST'
        ? 'it (or a folder above it) is a file, not a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EROFS'
            ? 'the disk is read-only'
            : `error ${code}`;
    throw new LibraryError('STORAGE_ERROR', `Cannot use the data folder "${dir}": ${why}.`, {
      key: 'errors.dataFolder',
      params: { dir, why },
    });
  }
}

function isDamage(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return (
    code === 'SQLITE_NOTADB' ||
    code === 'SQLITE_CORRUPT' ||
    (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'))
  );
}

/**
 * Opens the file and proves it is a readable SQLite database of a version this Waymark knows,
 * or throws a damage or newer-version error. Only then is it set up for writing, so a refused
 * file is left byte for byte as it was.
 */
function openChecked(file: string, options: ConnectionOptions, readOnly: boolean): Database {
  const db = openConnection(file, { ...options, readonly: readOnly });
  try {
    const check = db.pragma(savesLostSinceRecord(db, file) ? 'integrity_check' : 'quick_check', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(`quick_check: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
    checkNotNewer(schemaVersion(db));
    if (readOnly) configureForReading(db);
    else configureForWriting(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Never deletes: the damaged file and its WAL are renamed side by side for later recovery. */
function moveAside(file: string, now: Date): string {
  const target = file.replace(/\.sqlite$/, '') + `.damaged-${stamp(now)}.sqlite`;
  renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  // Its record of commits goes with it: the new library starts its own.
  if (existsSync(commitsFile(file))) renameSync(commitsFile(file), commitsFile(target));
  return target;
}

export function openLibrary(dir: string, options: ConnectionOptions & { now?: () => Date } = {}): OpenedLibrary {
  const file = join(dir, LIBRARY_FILE);
  const readOnly = isReadOnly(dir, file);
  if (!readOnly) ensureFolder(dir);
  let movedAside: string | null = null;
  let db: Database;
  try {
    db = openChecked(file, options, readOnly);
  } catch (err) {
    // A read-only file that looks damaged cannot be moved aside: say so instead.
    if (!isDamage(err) || readOnly) throw err;
    movedAside = moveAside(file, (options.now ?? (() => new Date()))());
    db = openChecked(file, options, false);
  }
  try {
    if (readOnly && schemaVersion(db) < LATEST_SCHEMA)
      throw new LibraryError(
        'STORAGE_ERROR',
        `The library "${file}" is read-only and was written by an older Waymark; it must be upgraded before this version can show it. Make the file writable and start Waymark again.`,
        { key: 'errors.readOnlyOld', params: { file } },
      );
    const version = readOnly ? schemaVersion(db) : migrate(db);
    return { db, file, schemaVersion: version, movedAside, readOnly };
  } catch (err) {
    db.close();
    throw err;
  }
}
