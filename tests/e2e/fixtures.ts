import { test as base, type Page } from '@playwright/test';
import { RoomService } from '../../electron/main/room/roomService';
import { importReaderOnThread } from '../../electron/main/files/importReader';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLibraryServices, type LibraryServices } from '../../electron/main/library/services';
import { openMapFile } from '../../electron/main/openFiles';
import { stubFileServices, type DialogAnswers } from '../helpers/fileStubs';
import { attachBridge, tellPage } from '../../electron/chromium/attachBridge';
import { serveFolder } from './harness/staticServer';

const here = fileURLToPath(new URL('.', import.meta.url));
/** The page side of the bridge, as `npm run build` makes it for Waymark in Chromium (the e2e tests run after the build). */
const BRIDGE = readFileSync(join(here, '..', '..', 'dist', 'electron', 'pageBridge.js'), 'utf8');

export interface App {
  page: Page;
  /** The temporary folder holding this test's SQLite library. */
  dataDir: string;
  /** The main-process services behind the page, for checking what was stored. */
  library: LibraryServices;
  /** Opens (or reloads into) the app's first screen. */
  open: () => Promise<void>;
  /** How the save and import dialogs answer (the stubs stand in for the native dialogs). */
  dialogs: DialogAnswers;
  /**
   * A map file opened from outside the app (double-click, command line): the main process's
   * openMapFile on the real library, then the same message its webContents.send would deliver.
   */
  openFile: (path: string) => Promise<void>;
  /** A native menu choice: what the main process's menu click sends to the window. */
  menu: (command: string) => Promise<void>;
  /** Every language + enabled-commands report the renderer sent for the native menu. */
  menuStates: { language: string; enabled: string[]; recent: { id: string; title: string }[] }[];
  /** Paths the app asked the system file manager to show. */
  shownInFolder: string[];
  /** Paths the app asked the system to open with their default application. */
  openedFiles: string[];
}

export interface AppOptions {
  /** Files written into the empty data folder before the library opens (name → content). */
  seedFiles: Record<string, string> | null;
  /** Runs on the data folder before the app's library opens; returns an undo for after the test. */
  prepareLibrary: { prepare: (dataDir: string) => () => void } | null;
}

/**
 * `app` gives each test the built renderer in Chromium, wired to the real main-process handler
 * table over a Playwright binding, with a fresh data folder. Only the transport differs from
 * Electron's ipcMain/ipcRenderer.
 */
export const test = base.extend<{ app: App } & AppOptions, { rendererUrl: string }>({
  seedFiles: [null, { option: true }],
  prepareLibrary: [null, { option: true }],
  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveFolder(join(here, '..', '..', 'dist', 'renderer'));
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, rendererUrl, seedFiles, prepareLibrary }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
    for (const [name, content] of Object.entries(seedFiles ?? {})) writeFileSync(join(dataDir, name), content);
    const undoPrepare = prepareLibrary?.prepare(dataDir);
    const library = createLibraryServices(dataDir);
    const room = new RoomService(join(here, '..', '..', 'dist', 'renderer'), {
      thread: join(here, '..', '..', 'dist', 'electron', 'roomThread.js'),
    });
    const dialogs: DialogAnswers = { saveDir: join(dataDir, 'exports'), importPath: null, saved: [] };
    const menuStates: App['menuStates'] = [];
    const shownInFolder: string[] = [];
    const openedFiles: string[] = [];
    await attachBridge(
      page,
      {
        library,
        files: stubFileServices(dialogs),
        room,
        // As the app does: each file to import is read on its own bounded thread.
        readImport: importReaderOnThread(join(here, '..', '..', 'dist', 'electron', 'importThread.js')),
        onMenuState: (s) => menuStates.push(s),
        showInFolder: (p) => shownInFolder.push(p),
        openPath: (p) => openedFiles.push(p),
      },
      rendererUrl,
      BRIDGE,
    );
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    // A key missing from the catalogue would show as a raw key to a person.
    page.on('console', (msg) => {
      if (msg.type() === 'error' && msg.text().includes('[i18n] missing key')) errors.push(msg.text());
    });
    const open = async () => {
      await page.goto(rendererUrl);
    };
    const openFile = async (path: string) => {
      const message = await openMapFile(library, path);
      await tellPage(page, '__waymarkOpenMap', message);
    };
    const menu = async (command: string) => {
      await tellPage(page, '__waymarkMenu', command);
    };
    await use({ page, dataDir, library, open, dialogs, openFile, menu, menuStates, shownInFolder, openedFiles });
    // The page goes first: a pending autosave must not reach a closed library.
    await page.close();
    await room.close();
    library.close();
    undoPrepare?.();
    rmSync(dataDir, { recursive: true, force: true });
    if (errors.length) throw new Error(`Uncaught errors in the page: ${errors.join('; ')}`);
  },
});

export { expect } from '@playwright/test';
