import { vi } from 'vitest';

/** A stand-in for the parts of the `electron` module Waymark's glue touches. */
export function electronMock() {
  const handlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
  const windows: FakeWindow[] = [];
  const listeners = new Map<string, (...args: unknown[]) => void>();

  class FakeWindow {
    options: Record<string, unknown>;
    events = new Map<string, ((event: { preventDefault: () => void }) => void)[]>();
    destroyed = false;
    closed = 0;
    loadURL = vi.fn(async (_url: string) => {});
    webContents = { send: vi.fn(), on: vi.fn() };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    on(name: string, fn: (event: { preventDefault: () => void }) => void) {
      this.events.set(name, [...(this.events.get(name) ?? []), fn]);
      return this;
    }
    once(name: string, fn: () => void) {
      return this.on(name, fn);
    }
    isDestroyed() {
      return this.destroyed;
    }
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    maximize = vi.fn();
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1200, height: 800 };
    }
    focus() {}
    /** Emits 'close' like Electron: returns true if the window really closed. */
    close() {
      let prevented = false;
      for (const fn of this.events.get('close') ?? []) fn({ preventDefault: () => (prevented = true) });
      if (!prevented) this.closed += 1;
      return !prevented;
    }
  }

  const module = {
    app: {
      isPackaged: true,
      whenReady: vi.fn(async () => {}),
      getPath: vi.fn(() => '/nonexistent'),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      exit: vi.fn(),
      addRecentDocument: vi.fn(),
      on: vi.fn((name: string, fn: (...args: unknown[]) => void) => listeners.set(name, fn)),
    },
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn((channel: string, fn: (e: unknown, p: unknown) => unknown) => handlers.set(channel, fn)) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn(async () => {}) },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template, items: [] })),
      setApplicationMenu: vi.fn(),
      getApplicationMenu: vi.fn(() => null),
    },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
  };
  return { module, handlers, windows, listeners, FakeWindow };
}
