/**
 * Frames on a workshop room's WebSocket: y-websocket's numbering (sync, awareness) and the
 * room's own (a refused change, the person the server let in). Read by the server, the
 * participant page and the tests' clients.
 */
export const ROOM_MESSAGE = { sync: 0, awareness: 1, refused: 2, welcome: 3 } as const;
