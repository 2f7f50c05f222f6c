import * as Y from 'yjs';
import type { RoomRole } from '../../../shared/collab/roleCheck';
import type { RoomMember } from '../../../shared/collab/roomPresence';
import { ORIGINS, isRelayed } from '../../../shared/collab/origins';
import { openRoom, type RoomMemory, type RoomOptions } from './roomServer';

/** How a room starts: where it listens, its link, the host's map as it is now, the host's decisions so far. */
export interface RoomStart {
  host: string;
  port?: number;
  token?: string;
  appDir: string;
  state: Uint8Array;
  memory?: RoomMemory;
  timing?: RoomOptions['timing'];
}

/** What a running room tells the host's side. */
export interface RoomEvents {
  /** Participants' accepted changes, merged per turn of the event loop. */
  updates: (update: Uint8Array) => void;
  people: (people: RoomMember[]) => void;
}

/** A room as the host's side drives it, the same whether it runs on its own thread or not. */
export interface RunningRoom {
  url: string;
  token: string;
  port: number;
  /** The host window's own edit. */
  update: (update: Uint8Array) => void;
  setRole: (personId: string, role: Exclude<RoomRole, 'host'>) => void;
  remove: (personId: string) => boolean;
  setLobby: (on: boolean) => void;
  admit: (personId: string) => void;
  memory: () => RoomMemory;
  close: () => Promise<void>;
}

/**
 * Runs a room around its own copy of the host's map: the host's edits come in with `update`,
 * participants' accepted changes go out through `events`. The room's thread runs exactly this,
 * so the room's document is never the host's: if the room dies, the host's map is untouched.
 */
export async function runRoom(start: RoomStart, events: RoomEvents): Promise<RunningRoom> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, start.state, ORIGINS.fromHost);
  let queue: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (!isRelayed(origin)) return;
    if (!queue.length)
      setImmediate(() => {
        const merged = Y.mergeUpdates(queue);
        queue = [];
        events.updates(merged);
      });
    queue.push(update);
  });
  let peopleScheduled = false;
  const room = await openRoom({
    host: start.host,
    port: start.port,
    token: start.token,
    appDir: start.appDir,
    doc,
    memory: start.memory,
    timing: start.timing,
    // Many arrivals in one turn (a room filling up) are told once.
    onPeople: () => {
      if (peopleScheduled) return;
      peopleScheduled = true;
      setImmediate(() => {
        peopleScheduled = false;
        events.people(room.people());
      });
    },
  });
  return {
    url: room.url,
    token: room.token,
    port: room.port,
    update: (update) => Y.applyUpdate(doc, update, ORIGINS.fromHost),
    setRole: room.setRole,
    remove: room.remove,
    setLobby: room.setLobby,
    admit: room.admit,
    memory: room.memory,
    close: async () => {
      await room.close();
      doc.destroy();
    },
  };
}
