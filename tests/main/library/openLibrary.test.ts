import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/main/library/migrate';
import { LATEST_SCHEMA, MIGRATIONS } from '../../../electron/main/library/migrations';
import { LIBRARY_FILE, openLibrary } from '../../../electron/main/library/openLibrary';
import { createLibraryServices } from '../../../electron/main/library/services';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

describe('opening the library', () => {
  it('creates the folder and a WAL database at the latest schema', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const lib = openLibrary(dir);
    expect(lib.file).toBe(join(dir, LIBRARY_FILE));
    expect(lib.schemaVersion).toBe(LATEST_SCHEMA);
    expect(lib.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(lib.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(lib.movedAside).toBeNull();
    lib.db.close();
  });

  it('migrates a file from every earlier schema version and keeps its maps', () => {
    for (let from = 0; from < LATEST_SCHEMA; from++) {
      const dir = tempDir();
      const db = new Database(join(dir, LIBRARY_FILE));
      migrate(db, MIGRATIONS, from);
      expect(schemaVersion(db)).toBe(from);
      if (from >= 1)
        db.prepare(
          `INSERT INTO maps (id, title, kind, language, revision, document, created_at, updated_at)
           VALUES ('old', 'Old map', 'current-state', 'en', 1, '{}', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
        ).run();
      db.close();
      const lib = openLibrary(dir);
      expect(lib.schemaVersion).toBe(LATEST_SCHEMA);
      const count = lib.db.prepare('SELECT count(*) AS n FROM maps').get() as { n: number };
      expect(count.n).toBe(from >= 1 ? 1 : 0);
      expect(lib.db.prepare("SELECT name FROM sqlite_master WHERE name = 'snapshots'").get()).toBeTruthy();
      lib.db.close();
    }
  });

  it('rolls a failing migration step back completely', () => {
    const dir = tempDir();
    const db = new Database(join(dir, LIBRARY_FILE));
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        up: (d: Database.Database) => {
          d.exec('CREATE TABLE half_done (x)');
          throw new Error('disk on fire');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('disk on fire');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a library from a newer Waymark and leaves the file untouched', () => {
    const dir = tempDir();
    const file = join(dir, LIBRARY_FILE);
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${LATEST_SCHEMA + 5}`);
    db.close();
    const before = readFileSync(file);
    expect(() => openLibrary(dir)).toThrow(
      new RegExp(
        `newer version of Waymark \\(schema ${LATEST_SCHEMA + 5}; this version reads up to ${LATEST_SCHEMA}\\)`,
      ),
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('damaged'))).toEqual([]);
  });

  it('moves a file that is not SQLite aside, never deleting it, and starts fresh', () => {
    const dir = tempDir();
    const file = join(dir, LIBRARY_FILE);
    writeFileSync(file, 'this is not a database, it is a shopping list '.repeat(200));
    const lib = openLibrary(dir, { now: () => new Date('2026-11-23T10:20:30.000Z') });
    expect(lib.movedAside).toBe(join(dir, 'waymark-library.damaged-2026-11-23T10-20-30-000Z.sqlite'));
    expect(readFileSync(lib.movedAside!, 'utf8')).toContain('shopping list');
    expect(lib.schemaVersion).toBe(LATEST_SCHEMA);
    lib.db.close();
  });

  it('moves a database with damaged pages aside', () => {
    const dir = tempDir();
    const file = join(dir, LIBRARY_FILE);
    const db = new Database(file);
    db.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x);');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    // One transaction, not 2,000 committed writes: on a busy disk those took over 20 s.
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
    })();
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 4096 * 3, 4096 * 6); // scribble over a few pages in the middle
    writeFileSync(file, bytes);
    const lib = openLibrary(dir);
    expect(lib.movedAside).not.toBeNull();
    expect(existsSync(lib.movedAside!)).toBe(true);
    lib.db.close();
  });

  it('explains a data folder that is a file', () => {
    const dir = tempDir();
    const notAFolder = join(dir, 'file.txt');
    writeFileSync(notAFolder, 'x');
    expect(() => openLibrary(notAFolder)).toThrow(
      /Cannot use the data folder ".*file\.txt": it \(or a folder above it\) is a file/,
    );
    expect(() => openLibrary(join(notAFolder, 'below'))).toThrow(/Cannot use the data folder/);
    expect(readFileSync(notAFolder, 'utf8')).toBe('x');
  });

  it('reports a moved-aside file through the library services', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LIBRARY_FILE), 'garbage');
    const lib = createLibraryServices(dir);
    expect(lib.movedAside).toMatch(/damaged/);
    lib.close();
  });
});
