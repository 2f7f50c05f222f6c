import Database from 'better-sqlite3';

export interface ConnectionOptions {
  /** A better-sqlite3 addon built for another ABI (Electron's), see scripts/electron-native.mjs. */
  nativeBinding?: string;
}

export function openConnection(file: string, options: ConnectionOptions = {}): Database.Database {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    // FULL, not NORMAL: a confirmed save must survive a power cut, not only a crash. Measured
    // cost here is ~1 ms per save (shared/MEASURED.md), far below the autosave debounce.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 3000');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
