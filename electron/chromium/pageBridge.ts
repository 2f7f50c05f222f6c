// Injected into the page before the renderer runs (Waymark in Chromium without Electron, and the
// end-to-end tests): the same buildApi the preload uses, with a
// Playwright binding in place of ipcRenderer.invoke. Built as dist/electron/pageBridge.js.
import { buildApi } from '../../shared/ipc/api';
import { isRoomChangedMessage, type RoomChangedMessage } from '../../shared/ipc/channels';

type Invoke = (channel: string, request: unknown) => Promise<unknown>;
type Listener = (message: unknown) => void;
const w = globalThis as unknown as {
  __waymarkInvoke: Invoke;
  waymark: unknown;
  waymarkEvents: unknown;
  __waymarkOpenMap: (message: unknown) => void;
  __waymarkMenu: (command: string) => void;
  __waymarkRoomChanged: (message: unknown) => void;
};
w.waymark = buildApi((channel, request) => w.__waymarkInvoke(channel, request));
// The preload's events, with the test standing in for webContents.send.
const openMapListeners = new Set<Listener>();
const menuListeners = new Set<(command: string) => void>();
const roomListeners = new Set<(message: RoomChangedMessage) => void>();
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
  onRoomChanged: (callback: (message: RoomChangedMessage) => void) => {
    roomListeners.add(callback);
    return () => roomListeners.delete(callback);
  },
};
w.__waymarkRoomChanged = (message) => isRoomChangedMessage(message) && roomListeners.forEach((l) => l(message));
w.__waymarkMenu = (command) => menuListeners.forEach((l) => l(command));
w.__waymarkOpenMap = (message) => openMapListeners.forEach((l) => l(message));
