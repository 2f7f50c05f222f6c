// Sandboxed preload: it may only require 'electron'. It exposes the contract's functions and
// one close notification, never ipcRenderer or an IPC event object (Electron checklist #20).
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/api';
import {
  FLUSH_REQUEST_EVENT,
  isRoomChangedMessage,
  MENU_COMMAND_EVENT,
  OPEN_MAP_EVENT,
  ROOM_CHANGED_EVENT,
  type OpenMapMessage,
  type WaymarkEvents,
} from '../../shared/ipc/channels';

const openMapListeners = new Set<(message: OpenMapMessage) => void>();
const pendingOpenMaps: OpenMapMessage[] = [];
ipcRenderer.on(OPEN_MAP_EVENT, (_event: unknown, message: OpenMapMessage) => {
  if (openMapListeners.size === 0) pendingOpenMaps.push(message);
  for (const listener of openMapListeners) listener(message);
});

const events: WaymarkEvents = {
  onFlushRequest: (callback) => {
    const listener = () => callback();
    ipcRenderer.on(FLUSH_REQUEST_EVENT, listener);
    return () => ipcRenderer.removeListener(FLUSH_REQUEST_EVENT, listener);
  },
  // Only the message is passed on, never the IPC event object. Messages that arrive before the
  // page subscribed (a file named on the command line) wait for it.
  onOpenMap: (callback) => {
    openMapListeners.add(callback);
    for (const message of pendingOpenMaps.splice(0)) callback(message);
    return () => openMapListeners.delete(callback);
  },
  onMenuCommand: (callback) => {
    const listener = (_event: unknown, command: unknown) => {
      if (typeof command === 'string') callback(command);
    };
    ipcRenderer.on(MENU_COMMAND_EVENT, listener);
    return () => ipcRenderer.removeListener(MENU_COMMAND_EVENT, listener);
  },
  onRoomChanged: (callback) => {
    const listener = (_event: unknown, message: unknown) => {
      if (isRoomChangedMessage(message)) callback(message);
    };
    ipcRenderer.on(ROOM_CHANGED_EVENT, listener);
    return () => ipcRenderer.removeListener(ROOM_CHANGED_EVENT, listener);
  },
};

contextBridge.exposeInMainWorld(
  'waymark',
  buildApi((channel, request) => ipcRenderer.invoke(channel, request)),
);
contextBridge.exposeInMainWorld('waymarkEvents', events);
