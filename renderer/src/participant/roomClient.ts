import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  ROOM_CLOSE,
  ROOM_MESSAGE,
  roomFrame,
  type RoomMessageType,
  type RoomWelcome,
} from '../../../shared/collab/roomProtocol';
import type { Presence, RoomMember } from '../../../shared/collab/roomPresence';
import type { Translatable } from '../../../shared/ipc/errors';
import { ORIGINS, isRelayed } from '../../../shared/collab/origins';

export type RoomStatus = 'connecting' | 'waiting' | 'live' | 'reconnecting' | 'closed' | 'removed';

export interface RoomClient {
  doc: Y.Doc;
  me: () => RoomWelcome['person'] | null;
  status: () => RoomStatus;
  people: () => readonly RoomMember[];
  /** The map's title as the room said it when this phone came in (before any map arrives). */
  title: () => string;
  /** The server's clock minus this device's, to show the host's timer right. */
  clockOffset: () => number;
  /** Called on every change of status, person, people or refusal. */
  subscribe: (listener: () => void) => () => void;
  lastRefusal: () => Translatable | null;
  /** Tells the room this person's name, the stage they look at, whether they are typing. */
  present: (presence: Presence) => void;
  close: () => void;
}

function send(socket: WebSocket | null, type: RoomMessageType, write: (e: encoding.Encoder) => void): void {
  if (socket?.readyState === WebSocket.OPEN) socket.send(roomFrame.encode(type, write));
}

/** This browser's key to the room: the server knows a returning person by it (it never leaves this page). */
function browserKey(storage: Storage | null): string {
  const saved = storage?.getItem('waymark.room.key');
  if (saved && /^[0-9a-f]{32}$/.test(saved)) return saved;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const key = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  storage?.setItem('waymark.room.key', key);
  return key;
}

/**
 * A participant's connection to the room: one Y.Doc kept in step over the room's WebSocket
 * (y-protocols sync, presence through y-protocols awareness), reconnecting by itself while
 * the host is away. A refused change is undone locally by starting again from the room's state.
 */
export function connectRoom(url: string, storage: Storage | null = globalThis.localStorage ?? null): RoomClient {
  let doc = new Y.Doc();
  let awareness = new awarenessProtocol.Awareness(doc);
  // Nobody until they have given a name (an Awareness starts as an empty object).
  awareness.setLocalState(null);
  let me: RoomWelcome['person'] | null = null;
  let status: RoomStatus = 'connecting';
  let refusal: Translatable | null = null;
  let people: readonly RoomMember[] = [];
  let title = '';
  let offset = 0;
  let socket: WebSocket | null = null;
  let attempts = 0;
  let stopped = false;
  const key = browserKey(storage);
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const onLocal = (update: Uint8Array, origin: unknown) => {
    if (isRelayed(origin)) send(socket, ROOM_MESSAGE.sync, (e) => sync.writeUpdate(e, update));
  };
  const sendPresence = () =>
    send(socket, ROOM_MESSAGE.awareness, (e) =>
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])),
    );
  doc.on('update', onLocal);

  /** The room kept its state: drop ours and take the room's again (presence carries over). */
  const restart = () => {
    const presence = awareness.getLocalState();
    doc.off('update', onLocal);
    awareness.destroy();
    client.doc = doc = new Y.Doc();
    awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState(presence);
    doc.on('update', onLocal);
    send(socket, ROOM_MESSAGE.sync, (e) => sync.writeSyncStep1(e, doc));
    sendPresence();
  };

  const receive = (data: ArrayBuffer) => {
    const { type, body: d } = roomFrame.decode(new Uint8Array(data));
    if (type === ROOM_MESSAGE.welcome) {
      const welcome = roomFrame.readJson<RoomWelcome>(d);
      me = welcome.person;
      title = typeof welcome.title === 'string' ? welcome.title : '';
      offset = welcome.now - Date.now();
      if (welcome.waiting) status = 'waiting';
      else if (status === 'waiting') status = 'connecting';
    } else if (type === ROOM_MESSAGE.people) people = roomFrame.readJson<RoomMember[]>(d);
    else if (type === ROOM_MESSAGE.refused) {
      refusal = roomFrame.readJson<Translatable>(d);
      restart();
    } else if (type === ROOM_MESSAGE.sync && socket) {
      const reply = roomFrame.syncReply(d, doc, ORIGINS.fromRoom);
      if (reply) socket.send(reply);
      status = 'live';
    }
    notify();
  };

  const open = () => {
    const ws = new WebSocket(`${url}?key=${key}`);
    ws.binaryType = 'arraybuffer';
    socket = ws;
    ws.onopen = () => {
      attempts = 0;
      // Whatever was written while away goes back in the answer to the room's first sync step.
      send(ws, ROOM_MESSAGE.sync, (e) => sync.writeSyncStep1(e, doc));
      if (awareness.getLocalState()) sendPresence();
    };
    ws.onmessage = (e) => receive(e.data as ArrayBuffer);
    ws.onclose = (e) => {
      socket = null;
      // The host closed the room, or removed this person: stop. Otherwise try again, less and less often.
      status =
        e.code === ROOM_CLOSE.removed ? 'removed' : e.code === ROOM_CLOSE.closed || stopped ? 'closed' : 'reconnecting';
      notify();
      if (status === 'reconnecting') retry = setTimeout(open, Math.min(10_000, 500 * 2 ** attempts++));
    };
  };
  let retry: ReturnType<typeof setTimeout> | undefined;
  open();
  // A phone that drops off the Wi-Fi can keep a dead socket for minutes: the browser's word
  // that it is offline ends it at once (edits stay in the page), and its word that it is back
  // tries again at once instead of waiting out the back-off.
  globalThis.addEventListener?.('offline', () => socket?.close());
  globalThis.addEventListener?.('online', () => {
    if (socket || status === 'closed' || status === 'removed') return;
    clearTimeout(retry);
    attempts = 0;
    open();
  });

  const client: RoomClient = {
    doc,
    me: () => me,
    status: () => status,
    people: () => people,
    title: () => title,
    clockOffset: () => offset,
    lastRefusal: () => refusal,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    present: (presence) => {
      const now = awareness.getLocalState();
      if (JSON.stringify(now) === JSON.stringify(presence)) return;
      awareness.setLocalState(presence);
      sendPresence();
    },
    close: () => {
      stopped = true;
      socket?.close();
    },
  };
  return client;
}
