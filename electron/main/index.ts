import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RENDERER_CSP_HEADER } from '../../shared/security/csp';
import { APP_ENTRY, APP_SCHEME, contentType, resolveAppPath } from './appProtocol';
import { FLUSH_REQUEST_EVENT, MENU_COMMAND_EVENT, ROOM_CHANGED_EVENT, OPEN_MAP_EVENT } from '../../shared/ipc/channels';
import { menuTemplate, type MenuState } from './menu';
import { mapFilesInArgv, openMapFile } from './openFiles';
import { resolveDataDir } from './dataDir';
import { electronFileServices } from './files/electronFileServices';
import { createHandlerTable } from './ipc/handlerTable';
import { createInvoker } from './ipc/invoker';
import { senderPolicyFor } from './ipc/senderPolicy';
import type { LibraryAccess } from './library/remote/libraryAccess';
import { startLibraryThread } from './library/remote/libraryClient';
import { electronNativeBinding } from './nativeBinding';
import { registerIpc } from './registerIpc';
import { denyAllPermissions, lockDownContents } from './security';
import { DEFAULT_WINDOW_SIZE, guardCloseUntilFlushed, mainWindowOptions } from './window';
import { RoomService, roomChangedMessage } from './room/roomService';
import { importReaderOnThread } from './files/importReader';
import { loadWindowState, restoredBounds, saveWindowState } from './windowState';
import { createLogger, type Logger } from './log';
import { offerReload, reportMainError } from './crashes';

// dist/electron/main.js → the app root is two folders up.
const here = dirname(fileURLToPath(import.meta.url));
const appRoot = join(here, '..', '..');
const devServer = process.env.WAYMARK_DEV_SERVER_URL;
const rendererDir = join(appRoot, 'dist', 'renderer');
// The renderer is served from app://, not file:// (checklist #18): its handler cannot leave the
// renderer folder, and the page gets a real origin for the CSP and the sender checks.
const rendererUrl = devServer ?? APP_ENTRY;
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function serveApp(request: Request): Response {
  const file = resolveAppPath(rendererDir, request.url);
  if (!file || !existsSync(file) || !statSync(file).isFile()) return new Response('Not found', { status: 404 });
  return new Response(readFileSync(file), {
    headers: { 'content-type': contentType(file), 'content-security-policy': RENDERER_CSP_HEADER },
  });
}

let library: LibraryAccess | null = null;
/** Every file to import is read on its own thread, bounded in time and memory. */
const readImport = importReaderOnThread(join(appRoot, 'dist', 'electron', 'importThread.js'));
/** Workshop rooms: a server runs only while the host has one open. */
const room = new RoomService(rendererDir, {
  thread: join(appRoot, 'dist', 'electron', 'roomThread.js'),
  recordFile: () => join(app.getPath('userData'), 'open-room.json'),
});
// Participants' changes reach the window as they happen: a pushed event, not a poll.
room.onChange((change) => {
  if (mainWindow && !mainWindow.isDestroyed())
    mainWindow.webContents.send(ROOM_CHANGED_EVENT, roomChangedMessage(change));
});
// The menu follows the interface language; command items stay enabled until the renderer says.
let menuState: MenuState = {
  language: app.getLocale?.().startsWith('vi') ? 'vi' : 'en',
  enabled: null,
  recent: [],
};
function installMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(process.platform, menuState, (command) => mainWindow?.webContents.send(MENU_COMMAND_EVENT, command)),
    ),
  );
}
let log: Logger | null = null;
let mainWindow: BrowserWindow | null = null;
// Files named before the window is ready (argv, macOS open-file) wait here.
const pendingFiles: string[] = [];
let rendererReady = false;

/** Imports map files opened from outside and tells the renderer to show them (or why not). */
function openFiles(paths: readonly string[]): void {
  if (!library || !mainWindow || !rendererReady) {
    pendingFiles.push(...paths);
    return;
  }
  const [lib, win] = [library, mainWindow];
  // Files are read without blocking the main thread; each is announced when it is imported.
  void (async () => {
    for (const path of paths) {
      const message = await openMapFile(lib, path, readImport);
      if (message.ok) app.addRecentDocument(path);
      if (!win.isDestroyed()) win.webContents.send(OPEN_MAP_EVENT, message);
    }
  })();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** The library opens on its own thread (SQLite never runs on the main thread, issue 18). */
async function openLibraryOrExplain(): Promise<LibraryAccess | null> {
  const dir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  try {
    const nativeBinding = electronNativeBinding(appRoot, app.isPackaged);
    // Built beside main.js; the path also holds when the sources run under test (npm test builds first).
    return await startLibraryThread(join(appRoot, 'dist', 'electron', 'libraryThread.js'), {
      dir,
      options: nativeBinding ? { nativeBinding } : {},
    });
  } catch (err) {
    dialog.showErrorBox('Waymark cannot open its library', (err as Error).message);
    return null;
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  log = createLogger(join(app.getPath('userData'), 'logs', 'main.log'));
  log.info(`Waymark ${app.getVersion?.() ?? ''} starting`);
  protocol.handle(APP_SCHEME, serveApp);
  installMenu();
  denyAllPermissions(session.defaultSession);
  library = await openLibraryOrExplain();
  if (!library) {
    app.exit(1);
    return;
  }
  // Size, position and maximised state come back from the last session, unless that position
  // is on a screen that is no longer there.
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const saved = loadWindowState(stateFile);
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  const options = mainWindowOptions(join(here, 'preload.cjs'), restoredBounds(saved, areas, DEFAULT_WINDOW_SIZE));
  // The checklist flags are spelt out here as well as in secureWebPreferences() so the static
  // scan (electronegativity, npm test) sees them on the constructor call itself.
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  mainWindow = win;
  if (saved?.maximized) win.maximize();
  win.webContents.on('render-process-gone', (_event, details) => {
    if (log) void offerReload(win, dialog, log, details);
  });
  win.on('close', () => {
    const b = win.getNormalBounds();
    saveWindowState(stateFile, { ...b, maximized: win.isMaximized() });
  });
  const guard = guardCloseUntilFlushed(win, FLUSH_REQUEST_EVENT);
  // Packaged builds carry the fonts as extraResources; development reads them from the repo.
  const resourcesDir = app.isPackaged && process.resourcesPath ? process.resourcesPath : join(appRoot, 'resources');
  const files = electronFileServices(dialog, () => win, resourcesDir, app.getPath('documents'));
  registerIpc(
    ipcMain,
    createInvoker(
      createHandlerTable({
        library,
        files,
        room,
        readImport,
        onReadyToClose: guard.readyToClose,
        showInFolder: (path) => shell.showItemInFolder(path),
        openPath: (path) => void shell.openPath(path),
        onMenuState: ({ language, enabled, recent }) => {
          const changed =
            language !== menuState.language || JSON.stringify(recent) !== JSON.stringify(menuState.recent);
          menuState = { language, enabled: new Set(enabled), recent };
          // A new language needs new labels; otherwise only the enabled flags change.
          if (changed) installMenu();
          else
            for (const item of Menu.getApplicationMenu()?.items.flatMap(allItems) ?? [])
              if (item.id) item.enabled = menuState.enabled!.has(item.id);
        },
      }),
      senderPolicyFor(rendererUrl),
      (message, detail) => log?.error(message, detail),
    ),
  );
  win.once('ready-to-show', () => win.show());
  await win.loadURL(rendererUrl);
  rendererReady = true;
  openFiles([...mapFilesInArgv(process.argv, process.cwd()), ...pendingFiles.splice(0)]);
}

/** Every item of a menu, submenus included. */
function allItems(item: Electron.MenuItem): Electron.MenuItem[] {
  return [item, ...(item.submenu?.items.flatMap(allItems) ?? [])];
}

const isAppUrl = (url: string) => senderPolicyFor(rendererUrl)({ url, isMainFrame: true });
// Every web contents, including any created later, gets the navigation and window rules.
app.on('web-contents-created', (_event, contents) => lockDownContents(contents, isAppUrl, shell));
app.on('window-all-closed', () => app.quit());
let closing = false;
app.on('will-quit', (event) => {
  if (closing) return;
  // Quitting closes the workshop room (the server stops and every participant is told) and the
  // library (its last checkpoint on its own thread); the app quits once both are done.
  closing = true;
  event.preventDefault();
  void Promise.allSettled([room.close(), library?.close()]).finally(() => app.quit());
});

process.on('uncaughtException', (err) => {
  if (log) reportMainError(dialog, log, err);
  else dialog.showErrorBox('Waymark hit an unexpected error', String((err as Error)?.stack ?? err));
});

// A second launch (double-clicking another map file) hands its files to this instance.
app.on('second-instance', (_event, argv, cwd) => openFiles(mapFilesInArgv(argv, cwd)));
// macOS passes double-clicked files as events, also before the app is ready.
app.on('open-file', (event, path) => {
  event.preventDefault();
  openFiles([path]);
});

if (!app.requestSingleInstanceLock()) app.quit();
else
  start().catch((err: unknown) => {
    dialog.showErrorBox('Waymark failed to start', String((err as Error)?.stack ?? err));
    app.exit(1);
  });
