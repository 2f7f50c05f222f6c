import type { i18n as I18n } from 'i18next';
import type { WaymarkApi } from '../../../shared/ipc/api';
import type { CanvasControlsHolder, LayoutHolder } from '../commands/canvasControls';
import type { CommandRegistry } from '../commands/registry';
import type { Autosave } from '../store/autosave';
import type { WaymarkStore } from '../store/createWaymarkStore';

/** Where a room listens: the local network (one of its addresses) or this computer only. */
export interface RoomChoice {
  network: 'lan' | 'loopback';
  address?: string | undefined;
}

/** The open workshop room, as an object with a lifetime of its own (editor/room/hostRoom.ts). */
export interface RoomHost {
  open: (choice: RoomChoice) => Promise<void>;
  close: () => Promise<void>;
  isOpen: () => boolean;
}

/** What every screen reaches through useServices(); app/services.ts puts it together. */
export interface Services {
  api: WaymarkApi;
  store: WaymarkStore;
  autosave: Autosave;
  commands: CommandRegistry;
  /** Filled in by the mounted canvas. */
  canvas: CanvasControlsHolder;
  layout: LayoutHolder;
  /** The interface language and its catalogue, for code outside components (notices). */
  i18n: I18n;
  room: RoomHost;
}
