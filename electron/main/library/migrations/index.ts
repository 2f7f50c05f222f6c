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
  {
    version: 3,
    up: (db) => {
      // Shared personas, map links (persona, source map), the last time a map was opened, and
      // full-text search over titles and card text. The search index is filled by the
      // repository (see mapIndex.ts), including for the maps already stored.
      db.exec(`
        CREATE TABLE personas (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          quote TEXT NOT NULL DEFAULT '',
          goals TEXT NOT NULL DEFAULT '',
          needs TEXT NOT NULL DEFAULT '',
          frustrations TEXT NOT NULL DEFAULT '',
          photo BLOB,
          photo_type TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        ALTER TABLE maps ADD COLUMN persona_id TEXT;
        ALTER TABLE maps ADD COLUMN source_map_id TEXT;
        ALTER TABLE maps ADD COLUMN opened_at TEXT;
        CREATE INDEX maps_by_persona ON maps (persona_id);
        CREATE INDEX maps_by_source ON maps (source_map_id);
        CREATE VIRTUAL TABLE maps_search USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
      `);
    },
  },
  {
    version: 4,
    up: (db) => {
      // A snapshot's preview is drawn once, when it is taken, not every time the history is listed.
      db.exec(`
        ALTER TABLE snapshots ADD COLUMN thumbnail TEXT;
        ALTER TABLE snapshots ADD COLUMN card_count INTEGER;
      `);
    },
  },
  {
    version: 5,
    up: (db) => {
      // A count of committed changes, compared on open with the one kept beside the file, so a
      // write-ahead log removed after a crash is noticed (see durability.ts). Triggers keep it
      // in the same transaction as every change to a map or a persona.
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT INTO meta (key, value) VALUES ('commits', 0);
        CREATE TRIGGER maps_commit_insert AFTER INSERT ON maps
          BEGIN UPDATE meta SET value = value + 1 WHERE key = 'commits'; END;
        CREATE TRIGGER maps_commit_revision AFTER UPDATE OF revision, deleted_at ON maps
          BEGIN UPDATE meta SET value = value + 1 WHERE key = 'commits'; END;
        CREATE TRIGGER maps_commit_delete AFTER DELETE ON maps
          BEGIN UPDATE meta SET value = value + 1 WHERE key = 'commits'; END;
        CREATE TRIGGER personas_commit_insert AFTER INSERT ON personas
          BEGIN UPDATE meta SET value = value + 1 WHERE key = 'commits'; END;
        CREATE TRIGGER personas_commit_update AFTER UPDATE ON personas
          BEGIN UPDATE meta SET value = value + 1 WHERE key = 'commits'; END;
        CREATE TRIGGER personas_commit_delete AFTER DELETE ON personas
          BEGIN UPDATE meta SET value = value + 1 WHERE key = 'commits'; END;
      `);
      // Search folds đ to d from now on: the index is rebuilt when the library opens.
      db.exec('DELETE FROM maps_search');
    },
  },
  {
    version: 6,
    up: (db) => {
      // Pictures on cards, stored once by content: copies of a card, duplicated maps and
      // versions all name the same row. A picture no map or version names is deleted.
      db.exec(`
        CREATE TABLE pictures (
          hash TEXT PRIMARY KEY,
          type TEXT NOT NULL,
          width INTEGER NOT NULL,
          height INTEGER NOT NULL,
          bytes BLOB NOT NULL,
          created_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 7,
    up: (db) => {
      // Detail journeys: which maps a map's cards and stages open into, so the library can show
      // a map's parents and children without reading every document. Filled from the documents
      // already stored (a damaged one is skipped: opening it reports the damage).
      db.exec(`
        CREATE TABLE map_links (
          map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
          detail_id TEXT NOT NULL,
          PRIMARY KEY (map_id, detail_id)
        ) WITHOUT ROWID;
        CREATE INDEX map_links_by_detail ON map_links (detail_id);
        INSERT OR IGNORE INTO map_links (map_id, detail_id)
          SELECT m.id, json_extract(e.value, '$.detail') FROM maps m, json_each(m.document, '$.cards') e
            WHERE json_valid(m.document) AND json_type(e.value, '$.detail') = 'text'
          UNION
          SELECT m.id, json_extract(e.value, '$.detail') FROM maps m, json_each(m.document, '$.stages') e
            WHERE json_valid(m.document) AND json_type(e.value, '$.detail') = 'text';
      `);
    },
  },
  {
    version: 8,
    up: (db) => {
      // The insight library (research notes: quotes, observations, figures) beside maps and
      // personas, with its own accent-folded full-text index; which cards cite which insight
      // (filled on every save, as map_links is); and every map's backlog of opportunities, so
      // the whole library's backlog is listed without reading every document. Maps stored so
      // far cite nothing and have no opportunities (both came with this version).
      db.exec(`
        CREATE TABLE insights (
          id TEXT PRIMARY KEY,
          text TEXT NOT NULL,
          kind TEXT NOT NULL,
          source TEXT NOT NULL,
          who TEXT NOT NULL DEFAULT '',
          date TEXT NOT NULL DEFAULT '',
          link TEXT NOT NULL DEFAULT '',
          tags TEXT NOT NULL DEFAULT '[]',
          identity TEXT NOT NULL UNIQUE,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX insights_by_change ON insights (updated_at DESC);
        CREATE VIRTUAL TABLE insights_search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE card_insights (
          map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
          card_id TEXT NOT NULL,
          insight_id TEXT NOT NULL,
          PRIMARY KEY (map_id, card_id, insight_id)
        ) WITHOUT ROWID;
        CREATE INDEX card_insights_by_insight ON card_insights (insight_id);
        CREATE TABLE backlog (
          map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
          id TEXT NOT NULL,
          position INTEGER NOT NULL,
          body TEXT NOT NULL,
          PRIMARY KEY (map_id, id)
        ) WITHOUT ROWID;
        ALTER TABLE maps ADD COLUMN research_hash TEXT;
      `);
    },
  },
];

export const LATEST_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1]!.version;
