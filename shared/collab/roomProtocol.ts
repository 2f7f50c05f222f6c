import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as sync from 'y-protocols/sync';
import type * as Y from 'yjs';
import type { RoomPerson } from './roleCheck';

/**
 * Frames on a workshop room's WebSocket: y-websocket's numbering (sync, awareness) and the
 * room's own (a refused change; the person the server let in, with its clock; who is in the
 * room). Read by the server, the participant page and the tests' clients.
 */
export const ROOM_MESSAGE = { sync: 0, awareness: 1, refused: 2, welcome: 3, people: 4 } as const;
export type RoomMessageType = (typeof ROOM_MESSAGE)[keyof typeof ROOM_MESSAGE];

/**
 * Why the server closed a socket: the host closed the room, or removed this person, or the
 * socket sent frames the room could not read again and again (a phone page never does).
 */
export const ROOM_CLOSE = { closed: 1001, malformed: 4002, removed: 4003 } as const;

/** What the server says as it lets a person in: who they are, and its clock (for the timer). */
export interface RoomWelcome {
  person: RoomPerson;
  now: number;
  /** In the lobby: the host has not let this person in yet (no map until they do). */
  waiting: boolean;
  /** The map's title, so the join page and the lobby say which workshop this is. */
  title: string;
}

/**
 * The one encoder and decoder of room frames (a varuint type, then its body), used by the
 * server, the phone page and the tests' clients: a frame is written and read the same way
 * everywhere, so no copy can drift.
 */
/** A frame's bytes (a plain ArrayBuffer, which WebSocket.send takes in the browser too). */
export type Frame = Uint8Array<ArrayBuffer>;

export const roomFrame = {
  /** A frame whose body `write` fills (y-protocols sync and awareness messages). */
  encode(type: RoomMessageType, write: (e: encoding.Encoder) => void): Frame {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, type);
    write(e);
    return encoding.toUint8Array(e) as Frame;
  },
  /** A frame carrying one JSON value (welcome, people, refused). */
  json(type: RoomMessageType, value: unknown): Frame {
    return roomFrame.encode(type, (e) => encoding.writeVarString(e, JSON.stringify(value)));
  },
  /** A sync frame answering a received one, or null when y-protocols had nothing to say. */
  syncReply(received: decoding.Decoder, doc: Y.Doc, origin: unknown): Frame | null {
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, ROOM_MESSAGE.sync);
    sync.readSyncMessage(received, reply, doc, origin);
    return encoding.length(reply) > 1 ? (encoding.toUint8Array(reply) as Frame) : null;
  },
  /** A frame's type and the decoder positioned at its body; throws on a frame too short to have one. */
  decode(data: Uint8Array): { type: number; body: decoding.Decoder } {
    const body = decoding.createDecoder(data);
    return { type: decoding.readVarUint(body), body };
  },
  /** The JSON value of a welcome, people or refused frame's body (trusted: from our own server). */
  readJson<T>(body: decoding.Decoder): T {
    return JSON.parse(decoding.readVarString(body)) as T;
  },
};
