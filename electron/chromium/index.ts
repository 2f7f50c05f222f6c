// Waymark without Electron (`npm start` where Electron's binary cannot be had): the same
// main-process services — the library, room and import threads, the handler table with its
// sender check — driving the built renderer in the system's Chromium, in one app window.
// Only the transport differs: a Playwright binding instead of ipcMain/ipcRenderer.
// Built as dist/electron/chromium.js; scripts/start.mjs runs it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { RENDERER_CSP_HEADER } from '../../shared/security/csp';
import { contentType, resolveAppPath } from '../main/appProtocol';
import { resolveDataDir } from '../main/dataDir';
import { importReaderOnThread } from '../main/files/importReader';
import type { LibraryAccess } from '../main/library/remote/libraryAccess';
import { startLibraryThread } from '../main/library/remote/libraryClient';
import { createLogger } from '../main/log';
import { mapFilesInArgv, openMapFile } from '../main/openFiles';
import { RoomService } from '../main/room/roomService';
import { DEFAULT_WINDOW_SIZE } from '../main/window';
import { attachBridge, tellPage } from './attachBridge';
import { chromiumFileServices, findDialogTool } from './chromiumFiles';
import { userDataDir } from './userData';

const built = dirname(fileURLToPath(import.meta.url));
const appRoot = join(built, '..', '..');
const rendererDir = join(appRoot, 'dist', 'renderer');
/** The app's own origin in Chromium: answered by a route, never by a network server. */
const ORIGIN = { protocol: 'http:', host: 'waymark.localhost' } as const;
const rendererUrl = `${ORIGIN.protocol}//${ORIGIN.host}/index.html`;

/** Opens a file or folder with the desktop's default program. */
function openWithDesktop(path: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [path]]
      : process.platform === 'win32'
        ? ['explorer', [path]]
        : ['xdg-open', [path]];
  spawn(command, args, { detached: true, stdio: 'ignore' })
    .on('error', () => {})
    .unref();
}

/** The renderer's files, served to the window by a route with the app's CSP; every other request is refused. */
async function serveRenderer(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const file = resolveAppPath(rendererDir, route.request().url(), ORIGIN);
    if (!file || !existsSync(file) || !statSync(file).isFile()) return route.abort('blockedbyclient');
    return route.fulfill({
      body: readFileSync(file),
      headers: { 'content-type': contentType(file), 'content-security-policy': RENDERER_CSP_HEADER },
    });
  });
}

function say(lines: string[]): void {
  process.stdout.write(`[waymark] ${lines.join('\n[waymark] ')}\n`);
}

async function main(): Promise<void> {
  const dataDir = resolveDataDir(process.argv, process.env, userDataDir());
  const executablePath = process.env.WAYMARK_CHROMIUM ?? 'chromium';
  const log = createLogger(join(dataDir, 'logs', 'main.log'));
  const library: LibraryAccess = await startLibraryThread(join(built, 'libraryThread.js'), {
    dir: dataDir,
    options: {},
  });
  const room = new RoomService(rendererDir, {
    thread: join(built, 'roomThread.js'),
    recordFile: () => join(dataDir, 'open-room.json'),
  });
  const readImport = importReaderOnThread(join(built, 'importThread.js'));
  const dialogs = findDialogTool();
  say([
    `Electron is not installed here, so Waymark runs in Chromium (${executablePath}) instead,`,
    `with the same library (${dataDir}), threads and checks. What differs: no native menu bar`,
    '(every command is in the window itself); ' +
      (dialogs
        ? `file dialogs are ${dialogs}'s;`
        : 'no file dialogs: exports are saved in ~/Documents/Waymark (the window says where) and a map file is opened by naming it, npm start -- plan.waymark;'),
    'closing the window quits Waymark.',
  ]);

  const context = await chromium.launchPersistentContext(join(dataDir, 'chromium-profile'), {
    executablePath,
    headless: false,
    viewport: null,
    // Chromium's sandbox as on any desktop; it cannot run as root (containers, CI), which gets a warning bar.
    chromiumSandbox: process.getuid?.() !== 0,
    args: [
      `--window-size=${DEFAULT_WINDOW_SIZE.width},${DEFAULT_WINDOW_SIZE.height}`,
      '--app=data:text/html,<title>Waymark</title>',
      '--no-first-run',
      '--disable-sync',
      // The end-to-end test of `npm start` drives this window over the DevTools protocol, on loopback.
      ...(process.env.WAYMARK_DEBUG_PORT ? [`--remote-debugging-port=${Number(process.env.WAYMARK_DEBUG_PORT)}`] : []),
    ],
  });
  await serveRenderer(context);
  const page: Page = context.pages()[0] ?? (await context.newPage());
  await attachBridge(
    page,
    {
      library,
      files: chromiumFileServices(join(appRoot, 'resources'), dialogs),
      room,
      readImport,
      showInFolder: (path) => openWithDesktop(dirname(path)),
      openPath: openWithDesktop,
    },
    rendererUrl,
    readFileSync(join(built, 'pageBridge.js'), 'utf8'),
    (message, detail) => log.error(message, detail),
  );

  let quitting = false;
  const quit = async (code: number) => {
    if (quitting) return;
    quitting = true;
    await Promise.allSettled([room.close(), library.close(), context.close()]);
    process.exit(code);
  };
  page.on('close', () => void quit(0));
  context.on('close', () => void quit(0));
  process.on('SIGINT', () => void quit(0));
  process.on('SIGTERM', () => void quit(0));

  await page.goto(rendererUrl);
  say([`Waymark is open (${rendererUrl}).`]);
  for (const path of mapFilesInArgv(process.argv, process.cwd()))
    await tellPage(page, '__waymarkOpenMap', await openMapFile(library, path, readImport));
}

main().catch((err: unknown) => {
  process.stderr.write(`[waymark] Waymark could not start in Chromium: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
