import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable';
import { createInvoker } from '../../../electron/main/ipc/invoker';
import { LATEST_SCHEMA } from '../../../electron/main/library/migrations';
import { LIBRARY_FILE } from '../../../electron/main/library/openLibrary';
import { createLibraryServices } from '../../../electron/main/library/services';
import { bundleForChild } from '../../helpers/bundle';
import { sampleMap } from '../../helpers/sampleMap';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const fromApp = { url: 'app://waymark/index.html', isMainFrame: true };
const files = { chooseSavePath: async () => null, chooseImportPath: async () => null, resourcesDir: '' };

function newLibraryWithMap(): { dir: string; mapId: string } {
  const dir = tempDir();
  const lib = createLibraryServices(dir);
  const mapId = lib.maps.importDocument(sampleMap()).id;
  lib.close();
  return { dir, mapId };
}

/**
 * Runs the writer in a child process and gives its output. Waits for 'close', not 'exit': a
 * process can exit before its output has been read from the pipe (on a busy machine it often
 * does), and reading it then gives an empty string. A failure carries the child's stderr.
 */
function runChild(args: string[]): Promise<string> {
  const script = bundleForChild('tests/main/library/writerChild.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (e) => reject(new Error(`the writer could not start: ${e.message}`)));
    child.on('close', (code, signal) =>
      code === 0 || signal === 'SIGKILL'
        ? resolve(out)
        : reject(new Error(`the writer ${args[0]} ended with ${code ?? signal}; its stderr:\n${err}`)),
    );
  });
}

/** The writer's JSON report, or a failure that shows what it printed instead. */
function report(out: string): unknown {
  try {
    return JSON.parse(out);
  } catch {
    throw new Error(`the writer printed no JSON report: ${JSON.stringify(out.slice(0, 500))}`);
  }
}

describe('two processes writing one library', () => {
  it('loses no save to "database is locked", on one map or on different maps', async () => {
    const { dir, mapId } = newLibraryWithMap();
    const lib = createLibraryServices(dir);
    const other = lib.maps.importDocument(sampleMap()).id;
    lib.close();
    for (const maps of [
      [mapId, mapId],
      [mapId, other],
    ]) {
      const results = await Promise.all(maps.map((id) => runChild(['race', dir, id, '150'])));
      for (const r of results) expect(report(r)).toEqual({ saved: 150, failed: 0 });
    }
  }, 120_000);
});

describe('outside damage', () => {
  it('opens a read-only library read-only: viewing and exporting work, writes are refused in words', async () => {
    const { dir, mapId } = newLibraryWithMap();
    const file = join(dir, LIBRARY_FILE);
    chmodSync(file, 0o444);
    // Root ignores permission bits; the immutable flag stops root too.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) execFileSync('chattr', ['+i', file]);
    const before = readFileSync(file);
    try {
      const lib = createLibraryServices(dir);
      expect(lib.readOnly).toBe(true);
      const invoke = createInvoker(
        createHandlerTable({ library: lib, files }),
        () => true,
        () => {},
      );
      expect(await invoke(fromApp, 'maps:load', { id: mapId })).toMatchObject({ ok: true });
      expect(await invoke(fromApp, 'maps:list', {})).toMatchObject({ ok: true });
      expect(await invoke(fromApp, 'library:info', {})).toMatchObject({ ok: true, value: { readOnly: true } });
      const loaded = lib.maps.load(mapId);
      const request = { document: loaded.document, baseRevision: loaded.revision };
      expect(await invoke(fromApp, 'maps:save', request)).toMatchObject({
        ok: false,
        error: { i18n: { key: 'errors.readOnlyLibrary' } },
      });
      lib.close();
      expect(readFileSync(file).equals(before)).toBe(true);
    } finally {
      if (asRoot) execFileSync('chattr', ['-i', file]);
    }
  });

  it('refuses a newer library on a rollback journal without changing a byte of it', () => {
    const dir = tempDir();
    const file = join(dir, LIBRARY_FILE);
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.pragma(`user_version = ${LATEST_SCHEMA + 1}`);
    db.close();
    const before = readFileSync(file);
    expect(before[18]).toBe(1); // rollback journal
    expect(() => createLibraryServices(dir)).toThrow(/newer version of Waymark.*the file was not changed/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('tells when the write-ahead log was removed after a crash, and how many saves it held', async () => {
    const { dir, mapId } = newLibraryWithMap();
    await runChild(['crash', dir, mapId, '5', '0', '0']);
    const file = join(dir, LIBRARY_FILE);
    expect(existsSync(`${file}-wal`)).toBe(true);
    rmSync(`${file}-wal`);
    rmSync(`${file}-shm`, { force: true });
    const lib = createLibraryServices(dir);
    expect(lib.walLost).toMatchObject({ lost: 5 });
    lib.close();
    // Told once: the next start finds nothing missing.
    const again = createLibraryServices(dir);
    expect(again.walLost).toBeNull();
    again.close();
  }, 60_000);

  it('bounds the loss by checkpointing soon after saving', async () => {
    const { dir, mapId } = newLibraryWithMap();
    // 4 saves, a pause longer than the checkpoint interval (200 ms in the child), 2 more saves.
    await runChild(['crash', dir, mapId, '4', '600', '2']);
    const file = join(dir, LIBRARY_FILE);
    rmSync(`${file}-wal`);
    rmSync(`${file}-shm`, { force: true });
    const lib = createLibraryServices(dir);
    expect(lib.walLost).toMatchObject({ lost: 2 });
    expect(lib.maps.load(mapId).document.cards.filter((c) => /-\d$/.test(c.text))).toHaveLength(4);
    lib.close();
  }, 60_000);

  it('does not report a loss after an ordinary close', () => {
    const { dir, mapId } = newLibraryWithMap();
    const lib = createLibraryServices(dir);
    const { document, revision } = lib.maps.load(mapId);
    lib.saveMap({ ...document, title: 'Đổi tên' }, revision);
    lib.afterRequest();
    lib.close();
    expect(existsSync(join(dir, `${LIBRARY_FILE}-wal`))).toBe(false);
    const again = createLibraryServices(dir);
    expect(again.walLost).toBeNull();
    again.close();
  });
});

describe('references and refusals', () => {
  it('restoring a version from before its persona was deleted keeps the map valid', () => {
    const lib = createLibraryServices(tempDir());
    const persona = lib.personas.create({ name: 'Chị Lan', quote: '', goals: '', needs: '', frustrations: '' });
    const id = lib.maps.importDocument(sampleMap()).id;
    const first = lib.maps.load(id);
    lib.saveMap({ ...first.document, personaId: persona.id }, first.revision);
    const snap = lib.snapshots.create(id, 'with persona');
    lib.personas.delete(persona.id);
    const restored = lib.snapshots.restore(id, snap.id, lib.maps.load(id).revision);
    expect(restored.document.personaId).toBeNull();
    expect(restored.document.persona.name).toBe('Chị Lan');
    expect(() => lib.saveMap({ ...restored.document, personaId: persona.id }, restored.revision)).toThrow(
      /no longer in the library/,
    );
    lib.close();
  });

  it('says "disk full" in words and logs every library refusal', async () => {
    const lib = createLibraryServices(tempDir());
    const id = lib.maps.importDocument(sampleMap()).id;
    const log = vi.fn();
    const invoke = createInvoker(createHandlerTable({ library: lib, files }), () => true, log);
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const spy = vi.spyOn(lib, 'saveMap').mockImplementation(() => {
      throw full;
    });
    const { document, revision } = lib.maps.load(id);
    const result = await invoke(fromApp, 'maps:save', { document, baseRevision: revision });
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE_ERROR', i18n: { key: 'errors.diskFull' } } });
    spy.mockRestore();
    const stale = await invoke(fromApp, 'maps:save', { document, baseRevision: 99 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'STALE_REVISION' } });
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/maps:save refused \(STALE_REVISION\)/), expect.any(String));
    lib.close();
  });
});

describe('text on the way in', () => {
  it('stores well-formed UTF-8 in NFC without NUL or bidi overrides, and refuses invisible titles', () => {
    const lib = createLibraryServices(tempDir());
    const id = lib.maps.importDocument(sampleMap()).id;
    const { document, revision } = lib.maps.load(id);
    const title = 'Mua\uD800 xe\u0000 \u202Eđiện\u202C Hoa\u0300';
    lib.saveMap({ ...document, title }, revision);
    const db = new Database(lib.file, { readonly: true });
    const bytes = (db.prepare('SELECT CAST(title AS BLOB) AS b FROM maps WHERE id = ?').get(id) as { b: Buffer }).b;
    const stored = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(stored).toBe('Mua\uFFFD xe điện Hoà');
    const indexed = db.prepare('SELECT title FROM maps_search').all() as { title: string }[];
    expect(indexed.every((r) => !r.title.includes('\u0000'))).toBe(true);
    db.close();
    const now = lib.maps.load(id);
    expect(() => lib.saveMap({ ...now.document, title: '\u200B\u200D\uFEFF ' }, now.revision)).toThrow(
      /title with visible characters/,
    );
    expect(() => lib.maps.rename(id, '\u200B')).toThrow(/title with visible characters/);
    lib.close();
  });
});
