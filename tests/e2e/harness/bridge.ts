// Injected into the page before the renderer runs: the same buildApi the preload uses, with a
// Playwright binding in place of ipcRenderer.invoke.
import { buildApi } from '../../../shared/ipc/api';

type Invoke = (channel: string, request: unknown) => Promise<unknown>;
type Listener = (message: unknown) => void;
const w = window as unknown as {
  __waymarkInvoke: Invoke;
  waymark: unknown;
  waymarkEvents: unknown;
  __waymarkOpenMap: (message: unknown) => void;
  __waymarkMenu: (command: string) => void;
};
w.waymark = buildApi((channel, request) => w.__waymarkInvoke(channel, request));
// The preload's events, with the test standing in for webContents.send.
const openMapListeners = new Set<Listener>();
const menuListeners = new Set<(command: string) => void>();
w.waymarkEvents = {
  onFlushRequest: () => () => {},
  onOpenMap: (callback: Listener) => {
    openMapListeners.add(callback);
    return () => openMapListeners.delete(callback);
  },
  onMenuCommand: (callback: (command: string) => void) => {
    menuListeners.add(callback);
    return () => menuListeners.delete(callback);
  },
};
w.__waymarkMenu = (command) => menuListeners.forEach((l) => l(command));
w.__waymarkOpenMap = (message) => openMapListeners.forEach((l) => l(message));
