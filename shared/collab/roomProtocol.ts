import type { RoomPerson } from './roleCheck';

/**
 * Frames on a workshop room's WebSocket: y-websocket's numbering (sync, awareness) and the
 * room's own (a refused change; the person the server let in, with its clock; who is in the
 * room). Read by the server, the participant page and the tests' clients.
 */
export const ROOM_MESSAGE = { sync: 0, awareness: 1, refused: 2, welcome: 3, people: 4 } as const;

/** Why the server closed a socket: the host closed the room, or removed this person. */
export const ROOM_CLOSE = { closed: 1001, removed: 4003 } as const;

/** What the server says as it lets a person in: who they are, and its clock (for the timer). */
export interface RoomWelcome {
  person: RoomPerson;
  now: number;
  /** In the lobby: the host has not let this person in yet (no map until they do). */
  waiting: boolean;
}
