import type { Database } from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ConnectionOptions, openConnection } from './connection';
import { LibraryError } from './errors';
import { migrate } from './migrate';

export const LIBRARY_FILE = 'waymark-library.sqlite';

export interface OpenedLibrary {
  db: Database;
  file: string;
  schemaVersion: number;
  /** Where a damaged library file was moved, if it was. */
  movedAside: string | null;
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

/** Opens the file and proves it is a readable SQLite database, or throws a damage error. */
function openChecked(file: string, options: ConnectionOptions): Database {
  const db = openConnection(file, options);
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(`quick_check: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
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
  return target;
}

export function openLibrary(dir: string, options: ConnectionOptions & { now?: () => Date } = {}): OpenedLibrary {
  ensureFolder(dir);
  const file = join(dir, LIBRARY_FILE);
  let movedAside: string | null = null;
  let db: Database;
  try {
    db = openChecked(file, options);
  } catch (err) {
    if (!isDamage(err)) throw err;
    movedAside = moveAside(file, (options.now ?? (() => new Date()))());
    db = openChecked(file, options);
  }
  try {
    const schemaVersion = migrate(db);
    return { db, file, schemaVersion, movedAside };
  } catch (err) {
    db.close();
    throw err;
  }
}
