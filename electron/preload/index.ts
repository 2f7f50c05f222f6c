// Sandboxed preload: it may only require 'electron'. It exposes the contract's functions and
// one close notification, never ipcRenderer or an IPC event object (Electron checklist #20).
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/api';
import {
  FLUSH_REQUEST_EVENT,
  MENU_COMMAND_EVENT,
  OPEN_MAP_EVENT,
  type OpenMapMessage,
  type WaymarkEvents,
} from '../../shared/ipc/channels';

const events: WaymarkEvents = {
  onFlushRequest: (callback) => {
    const listener = () => callback();
    ipcRenderer.on(FLUSH_REQUEST_EVENT, listener);
    return () => ipcRenderer.removeListener(FLUSH_REQUEST_EVENT, listener);
  },
  // Only the message is passed on, never the IPC event object.
  onOpenMap: (callback) => {
    const listener = (_event: unknown, message: OpenMapMessage) => callback(message);
    ipcRenderer.on(OPEN_MAP_EVENT, listener);
    return () => ipcRenderer.removeListener(OPEN_MAP_EVENT, listener);
  },
  onMenuCommand: (callback) => {
    const listener = (_event: unknown, command: unknown) => {
      if (typeof command === 'string') callback(command);
    };
    ipcRenderer.on(MENU_COMMAND_EVENT, listener);
    return () => ipcRenderer.removeListener(MENU_COMMAND_EVENT, listener);
  },
};

contextBridge.exposeInMainWorld(
  'waymark',
  buildApi((channel, request) => ipcRenderer.invoke(channel, request)),
);
contextBridge.exposeInMainWorld('waymarkEvents', events);
