import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import type { RoomPerson } from '../../../shared/collab/roleCheck';
import { ROOM_MESSAGE } from '../../../shared/collab/roomProtocol';
import type { Translatable } from '../../../shared/ipc/errors';

const FROM_ROOM = Symbol('room');

export type RoomStatus = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface RoomClient {
  doc: Y.Doc;
  me: () => RoomPerson | null;
  status: () => RoomStatus;
  /** Called on every change of status, person or refusal. */
  subscribe: (listener: () => void) => () => void;
  lastRefusal: () => Translatable | null;
  close: () => void;
}

function send(socket: WebSocket, type: number, write: (e: encoding.Encoder) => void): void {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  write(e);
  if (socket.readyState === WebSocket.OPEN) socket.send(encoding.toUint8Array(e));
}

/**
 * A participant's connection to the room: one Y.Doc kept in step over the room's WebSocket
 * (y-protocols sync), reconnecting by itself while the host is away. A refused change is
 * undone locally by starting again from the room's state.
 */
export function connectRoom(url: string): RoomClient {
  let doc = new Y.Doc();
  let me: RoomPerson | null = null;
  let status: RoomStatus = 'connecting';
  let refusal: Translatable | null = null;
  let socket: WebSocket | null = null;
  let attempts = 0;
  let stopped = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const onLocal = (update: Uint8Array, origin: unknown) => {
    if (origin !== FROM_ROOM && socket) send(socket, ROOM_MESSAGE.sync, (e) => sync.writeUpdate(e, update));
  };
  doc.on('update', onLocal);

  const receive = (data: ArrayBuffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(d);
    if (type === ROOM_MESSAGE.welcome) me = JSON.parse(decoding.readVarString(d)) as RoomPerson;
    else if (type === ROOM_MESSAGE.refused) {
      refusal = JSON.parse(decoding.readVarString(d)) as Translatable;
      // The room kept its state: drop ours and take the room's again.
      doc.off('update', onLocal);
      client.doc = doc = new Y.Doc();
      doc.on('update', onLocal);
      if (socket) send(socket, ROOM_MESSAGE.sync, (e) => sync.writeSyncStep1(e, doc));
    } else if (type === ROOM_MESSAGE.sync && socket) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, ROOM_MESSAGE.sync);
      sync.readSyncMessage(d, reply, doc, FROM_ROOM);
      if (encoding.length(reply) > 1) socket.send(encoding.toUint8Array(reply));
      status = 'live';
    }
    notify();
  };

  const open = () => {
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    socket = ws;
    ws.onopen = () => {
      attempts = 0;
      send(ws, ROOM_MESSAGE.sync, (e) => sync.writeSyncStep1(e, doc));
    };
    ws.onmessage = (e) => receive(e.data as ArrayBuffer);
    ws.onclose = (e) => {
      socket = null;
      // 1001: the host closed the room. Otherwise try again, less and less often.
      status = e.code === 1001 || stopped ? 'closed' : 'reconnecting';
      notify();
      if (status === 'reconnecting') setTimeout(open, Math.min(10_000, 500 * 2 ** attempts++));
    };
  };
  open();

  const client: RoomClient = {
    doc,
    me: () => me,
    status: () => status,
    lastRefusal: () => refusal,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      stopped = true;
      socket?.close();
    },
  };
  return client;
}
