import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Checklist items 2-4 and 6: regressions here are caught by tests/main/window.test.ts. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: true,
  };
}

export const DEFAULT_WINDOW_SIZE = { width: 1400, height: 900 };

export function mainWindowOptions(
  preload: string,
  bounds: Partial<Record<'x' | 'y', number>> & { width: number; height: number } = DEFAULT_WINDOW_SIZE,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Waymark',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preload),
  };
}

/**
 * Closing waits for the renderer to flush its pending autosave (or a timeout), so quitting
 * right after typing never loses the last edit.
 */
export function guardCloseUntilFlushed(
  win: BrowserWindow,
  flushEvent: string,
  timeoutMs = 3000,
): { readyToClose: () => void } {
  let allowed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const closeNow = () => {
    if (timer) clearTimeout(timer);
    allowed = true;
    if (!win.isDestroyed()) win.close();
  };
  win.on('close', (event) => {
    if (allowed) return;
    event.preventDefault();
    if (timer) return;
    timer = setTimeout(closeNow, timeoutMs);
    win.webContents.send(flushEvent);
  });
  return { readyToClose: () => timer && closeNow() };
}
