import Database from 'better-sqlite3';

export interface ConnectionOptions {
  /** A better-sqlite3 addon built for another ABI (Electron's), see scripts/electron-native.mjs. */
  nativeBinding?: string;
}

/** Opens the file without changing it: no pragma that writes runs until the caller says so. */
export function openConnection(
  file: string,
  options: ConnectionOptions & { readonly?: boolean } = {},
): Database.Database {
  return new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
}

/**
 * Settings for writing. Switching to WAL rewrites header bytes 18–19, so this runs only after
 * the file is known to be a library this version may change.
 */
export function configureForWriting(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL, not NORMAL: a confirmed save must survive a power cut, not only a crash. Measured
  // cost here is ~1 ms per save (shared/MEASURED.md), far below the autosave debounce.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/** Reading only: wait for a writer elsewhere, but never change the file. */
export function configureForReading(db: Database.Database): void {
  db.pragma('busy_timeout = 5000');
}
