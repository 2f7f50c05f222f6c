import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The schema version the database has after this step. */
  version: number;
  up: (db: Database) => void;
}

// Append only: a released step is never edited, a fix is a new step.
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up: (db) => {
      db.exec(`
        CREATE TABLE maps (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          kind TEXT NOT NULL,
          language TEXT NOT NULL,
          persona_name TEXT NOT NULL DEFAULT '',
          card_count INTEGER NOT NULL DEFAULT 0,
          revision INTEGER NOT NULL,
          document TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        );
        CREATE INDEX maps_by_change ON maps (deleted_at, updated_at DESC);
      `);
    },
  },
  {
    version: 2,
    up: (db) => {
      db.exec(`
        CREATE TABLE snapshots (
          id TEXT PRIMARY KEY,
          map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
          revision INTEGER NOT NULL,
          label TEXT NOT NULL DEFAULT '',
          document TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE INDEX snapshots_by_map ON snapshots (map_id, created_at DESC);
        ALTER TABLE maps ADD COLUMN thumbnail BLOB;
      `);
    },
  },
];

export const LATEST_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1]!.version;
