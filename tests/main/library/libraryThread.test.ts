import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable';
import { createInvoker } from '../../../electron/main/ipc/invoker';
import { LibraryError } from '../../../electron/main/library/errors';
import { LIBRARY_FILE } from '../../../electron/main/library/openLibrary';
import { receiveError, sendError } from '../../../electron/main/library/remote/libraryMessages';
import { explainStorageError } from '../../../electron/main/ipc/storageErrors';
import type { LibraryThreadClient } from '../../../electron/main/library/remote/libraryAccess';
import { LIBRARY_RESTARTS, startLibraryThread } from '../../../electron/main/library/remote/libraryClient';
import { createLibraryServices } from '../../../electron/main/library/services';
import { addCard } from '../../../shared/model/operations';
import { bundleForChild } from '../../helpers/bundle';
import { sampleMap } from '../../helpers/sampleMap';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const script = bundleForChild('electron/main/library/remote/libraryThread.ts');
const fromApp = { url: 'app://waymark/index.html', isMainFrame: true };
const open: LibraryThreadClient[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()));
});
async function thread(dir: string): Promise<LibraryThreadClient> {
  const lib = await startLibraryThread(script, { dir, options: {} });
  open.push(lib);
  return lib;
}

describe('the library on its own thread', () => {
  it('saves, loads and lists through the IPC handler table as the in-process library does', async () => {
    const dir = tempDir();
    const lib = await thread(dir);
    expect(lib.file).toBe(join(dir, LIBRARY_FILE));
    const invoke = createInvoker(
      createHandlerTable({
        library: lib,
        files: { chooseSavePath: async () => null, chooseImportPath: async () => null, resourcesDir: '' },
      }),
      () => true,
    );
    const created = (await invoke(fromApp, 'maps:create', { kind: 'current-state', language: 'vi' })) as {
      ok: true;
      value: { document: ReturnType<typeof sampleMap>; revision: number };
    };
    const lane = created.value.document.lanes.find((l) => l.type === 'cards')!;
    const edited = addCard(created.value.document, {
      laneId: lane.id,
      stageId: created.value.document.stages[0]!.id,
      id: 'thread-card',
      text: 'Thẻ qua luồng thư viện',
    });
    const saved = await invoke(fromApp, 'maps:save', { document: edited, baseRevision: 1 });
    expect(saved).toMatchObject({ ok: true, value: { revision: 2 } });
    const found = await invoke(fromApp, 'maps:list', { query: 'luong thu vien' });
    expect(found).toMatchObject({ ok: true, value: [{ id: edited.id }] });
    await lib.close();
    open.pop();
    // What the thread saved is in the file for the next opening.
    const again = createLibraryServices(dir);
    expect(again.maps.load(edited.id).document.cards.map((c) => c.id)).toContain('thread-card');
    again.close();
  });

  it('refuses a stale save with the same code and catalogue key, changing nothing', async () => {
    const lib = await thread(tempDir());
    const id = (await lib.maps.importDocument(sampleMap())).id;
    const { document } = await lib.maps.load(id);
    const err = await lib.saveMap({ ...document, title: 'Stale' }, 7).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err).toMatchObject({ code: 'STALE_REVISION', i18n: { key: 'errors.stale' } });
    expect((await lib.maps.load(id)).document.title).toBe(document.title);
  });

  it('answers calls in the order they were sent', async () => {
    const lib = await thread(tempDir());
    const id = (await lib.maps.importDocument(sampleMap())).id;
    let { document, revision } = await lib.maps.load(id);
    const saves = Array.from({ length: 20 }, (_, i) => {
      document = { ...document, title: `Title ${i}` };
      return lib.saveMap(document, revision + i);
    });
    const revisions = (await Promise.all(saves)).map((s) => s.revision);
    expect(revisions).toEqual(Array.from({ length: 20 }, (_, i) => revision + i + 1));
    revision = revisions.at(-1)!;
    expect((await lib.maps.load(id)).revision).toBe(revision);
  });

  it('comes back when its thread dies: the save in flight is told in words and made again, editing goes on', async () => {
    const workers: Worker[] = [];
    const lib = await startLibraryThread(script, { dir: tempDir(), options: {} }, { onWorker: (w) => workers.push(w) });
    open.push(lib);
    const invoke = createInvoker(
      createHandlerTable({
        library: lib,
        files: { chooseSavePath: async () => null, chooseImportPath: async () => null, resourcesDir: '' },
      }),
      () => true,
    );
    const id = (await lib.maps.importDocument(sampleMap())).id;
    const { document, revision } = await lib.maps.load(id);
    // The thread dies with a save on its way (a crash, an out-of-memory).
    void workers[0]!.terminate();
    const inFlight = await invoke(fromApp, 'maps:save', {
      document: { ...document, title: 'Đang lưu' },
      baseRevision: revision,
    });
    expect(inFlight).toMatchObject({ ok: false, error: { i18n: { key: 'errors.libraryRestarted' } } });
    // The window saves again (autosave does so at once for this refusal) and goes on editing.
    const again = await invoke(fromApp, 'maps:save', {
      document: { ...document, title: 'Đang lưu' },
      baseRevision: revision,
    });
    expect(again).toMatchObject({ ok: true, value: { revision: revision + 1 } });
    expect((await lib.maps.load(id)).document.title).toBe('Đang lưu');
    expect(workers).toHaveLength(2);
  });

  it('gives up, in words, on a thread that keeps dying', async () => {
    const workers: Worker[] = [];
    const lib = await startLibraryThread(script, { dir: tempDir(), options: {} }, { onWorker: (w) => workers.push(w) });
    open.push(lib);
    for (let death = 0; death <= LIBRARY_RESTARTS.max; death++) {
      const last = workers.at(-1)!;
      const exited = new Promise((r) => last.once('exit', r));
      void last.terminate();
      await exited;
      // Wait for the next thread (or for the client to give up) before killing again.
      await lib.maps.list({}).catch(() => null);
    }
    await expect(lib.maps.list({})).rejects.toMatchObject({ i18n: { key: 'errors.libraryGone' } });
    open.pop();
  });

  it('fails a call made after the library has closed instead of leaving it unanswered', async () => {
    const lib = await thread(tempDir());
    await lib.close();
    open.pop();
    await expect(lib.maps.list({})).rejects.toThrow(/library has closed/);
  });

  it('calls only the declared repositories and library calls', async () => {
    const lib = await thread(tempDir());
    const call = (lib as unknown as { maps: Record<string, () => Promise<unknown>> }).maps;
    await expect(call.constructor!()).rejects.toThrow(/no call "maps.constructor"/);
    await expect(call.noSuchThing!()).rejects.toThrow(/no call "maps.noSuchThing"/);
  });

  it('reports a library that cannot open with the library’s own message', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blocker'), 'a file, not a folder');
    const err = await startLibraryThread(script, { dir: join(dir, 'blocker'), options: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err).toMatchObject({ code: 'STORAGE_ERROR', i18n: { key: 'errors.dataFolder' } });
  });

  it('keeps the SQLite code of a failure so the handler table can say it in words', () => {
    let thrown: unknown;
    try {
      new Database(':memory:').prepare('SELEKT 1');
    } catch (err) {
      thrown = err;
    }
    const back = receiveError(sendError(thrown));
    expect(back).toMatchObject({ code: 'SQLITE_ERROR', name: 'SqliteError' });
    const full = receiveError(sendError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })));
    expect(explainStorageError(full, '/data/waymark-library.sqlite')).toMatchObject({
      code: 'STORAGE_ERROR',
      i18n: { key: 'errors.diskFull' },
    });
  });
});
