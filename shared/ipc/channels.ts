import type { RoomMember } from '../collab/roomPresence';
import type { Translatable } from '../model/translatable';
// Channel names without their schemas: the preload needs only these, and importing the zod
// contract would put the whole validation library into the preload bundle.

export const CHANNELS = [
  'library:info',
  'library:showInFolder',
  'maps:list',
  'maps:create',
  'maps:load',
  'maps:save',
  'maps:rename',
  'maps:duplicate',
  'maps:delete',
  'maps:restore',
  'maps:deriveFuture',
  'maps:derived',
  'maps:recent',
  'maps:emptyTrash',
  'maps:createExample',
  'snapshots:create',
  'snapshots:list',
  'snapshots:restore',
  'personas:list',
  'personas:get',
  'personas:create',
  'personas:update',
  'personas:setPhoto',
  'pictures:put',
  'pictures:get',
  'personas:delete',
  'insights:list',
  'insights:byIds',
  'insights:create',
  'insights:createMany',
  'insights:update',
  'insights:delete',
  'insights:citations',
  'backlog:list',
  'notes:read',
  'window:readyToClose',
  'maps:import',
  'maps:importConfirm',
  'maps:importDiscard',
  'files:save',
  'files:reveal',
  'assets:fonts',
  'app:menuState',
  'room:open',
  'room:networks',
  'room:update',
  'room:setRole',
  'room:remove',
  'room:setLobby',
  'room:admit',
  'room:close',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** The only main → renderer message: "flush your edits, the window is closing". */
export const FLUSH_REQUEST_EVENT = 'waymark:flush-request';

/** Main → renderer: a menu item was chosen; the payload is the command id. */
export const MENU_COMMAND_EVENT = 'waymark:menu-command';

/** Main → renderer: a map file opened from outside (double-click, command line) was imported. */
export const OPEN_MAP_EVENT = 'waymark:open-map';

/** What OPEN_MAP_EVENT carries: the new map's id, or why the file could not be opened. */
export type OpenMapMessage =
  | { ok: true; id: string; title: string; path: string }
  | { ok: false; path: string; message: string; i18n?: { key: string; params?: Record<string, string | number> } };

/** Pushed by the main process when the open workshop room changes: no polling. */
export const ROOM_CHANGED_EVENT = 'waymark:room-changed';

/** What ROOM_CHANGED_EVENT carries: participants' updates (Yjs, base64, merged) and who is in the room. */
export interface RoomChangedMessage {
  updates: string[];
  people: RoomMember[];
  open: boolean;
  /** News of the room itself (its thread was started again, or is gone), said to the host in words. */
  notice: Translatable | null;
}

/** The one check of a pushed room message (the preload and the e2e harness both pass only this on). */
export function isRoomChangedMessage(m: unknown): m is RoomChangedMessage {
  if (typeof m !== 'object' || m === null) return false;
  const { updates, people, open, notice } = m as Record<string, unknown>;
  return (
    Array.isArray(updates) &&
    updates.every((u) => typeof u === 'string') &&
    Array.isArray(people) &&
    typeof open === 'boolean' &&
    (notice === null || (typeof notice === 'object' && typeof (notice as { key?: unknown }).key === 'string'))
  );
}

/** What the preload adds beside the channel functions. */
export interface WaymarkEvents {
  onFlushRequest: (callback: () => void) => () => void;
  onOpenMap: (callback: (message: OpenMapMessage) => void) => () => void;
  onMenuCommand: (callback: (command: string) => void) => () => void;
  onRoomChanged: (callback: (message: RoomChangedMessage) => void) => () => void;
}
