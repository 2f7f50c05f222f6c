import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import { WebSocketServer, type WebSocket } from 'ws';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import type { RoomPerson, RoomRole } from '../../../shared/collab/roleCheck';
import { ROOM_CLOSE, ROOM_MESSAGE, roomFrame, type RoomWelcome } from '../../../shared/collab/roomProtocol';
import { colourOf, type RoomMember } from '../../../shared/collab/roomPresence';
import type { Translatable } from '../../../shared/ipc/errors';
import { RoomGuard } from './roomGuard';
import { ROOM_LIMITS } from '../../../shared/model/limits';
import { PAGE_WITHOUT_TOKEN, PARTICIPANT_CSP, participantFile } from './participantFiles';
import { RoomPresence } from './roomPresence';

export interface RoomOptions {
  /** The interface to listen on: a LAN address, or 127.0.0.1 for a room on this computer only. */
  host: string;
  /** 0 picks a free port. */
  port?: number;
  /** A room that comes back after the host restarted keeps its token, so links still work. */
  token?: string;
  /** The room's document: the host's map, kept in step with every accepted update. */
  doc: Y.Doc;
  /** Told of refused updates (for the host's log). */
  onRefused?: (person: RoomPerson, refusal: Translatable) => void;
  /** Told when someone comes, goes, is renamed or changes role. */
  onPeople?: () => void;
  /** The built renderer (dist/renderer): the participant page and its assets are served from it. */
  appDir?: string;
}

interface Peer {
  person: RoomPerson;
  socket: WebSocket;
  sent: number[];
  /** In the lobby: told nothing of the map, and may only say their name. */
  waiting: boolean;
}

export interface Room {
  url: string;
  token: string;
  port: number;
  /** People connected now (one entry per person, however many tabs they have open). */
  people: () => RoomMember[];
  setRole: (personId: string, role: Exclude<RoomRole, 'host'>) => void;
  /** Disconnects a person and keeps them out of this room. */
  remove: (personId: string) => void;
  /** With a lobby, each newcomer waits until the host lets them in by name. */
  setLobby: (on: boolean) => void;
  admit: (personId: string) => void;
  close: () => Promise<void>;
}

const frame = roomFrame.encode;
const json = roomFrame.json;

/**
 * A person is the browser that holds a key (kept on the phone), so coming back after a lost
 * connection keeps their cards and role. Only a hash of the key is ever shown to others.
 */
function personId(req: IncomingMessage): string {
  const key = new URL(req.url ?? '/', 'http://room').searchParams.get('key');
  const secret = key && /^[0-9a-f]{32}$/.test(key) ? key : randomBytes(16).toString('hex');
  return `p${createHash('sha256').update(secret).digest('hex').slice(0, 16)}`;
}

function serveFiles(token: string, appDir: string | undefined): Server {
  return createServer((req, res) => {
    const path = req.url?.split('?')[0] ?? '';
    const base = `/room/${token}`;
    if (path === base) {
      res.writeHead(302, { location: `${base}/` });
      res.end();
      return;
    }
    const file = path.startsWith(`${base}/`) && appDir ? participantFile(appDir, path.slice(base.length)) : null;
    if (!file) {
      // Without the token: only a note to ask for it, whatever was asked for.
      res.writeHead(403, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'",
      });
      res.end(PAGE_WITHOUT_TOKEN);
      return;
    }
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': PARTICIPANT_CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(file.bytes);
  });
}

/** Who is in the room, one entry a person however many sockets they have, with what they said of themselves. */
function roomMembers(peers: Iterable<Peer>, presence: RoomPresence): RoomMember[] {
  const byId = new Map<string, RoomMember>();
  for (const peer of peers) {
    const seen = presence.of(peer);
    const was = byId.get(peer.person.id);
    byId.set(peer.person.id, {
      ...peer.person,
      name: seen?.name || was?.name || '',
      colour: colourOf(peer.person.id),
      stage: seen?.stage ?? was?.stage ?? null,
      editing: (seen?.editing ?? false) || (was?.editing ?? false),
      waiting: peer.waiting,
    });
  }
  return [...byId.values()];
}

/** Starts listening on the room's interface; the port it got, and the host as a URL writes it. */
async function listen(http: Server, options: RoomOptions): Promise<{ port: number; host: string }> {
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host, resolve);
  });
  const port = (http.address() as AddressInfo).port;
  return { port, host: options.host.includes(':') ? `[${options.host}]` : options.host };
}

/**
 * A workshop room: an HTTP + WebSocket server on one interface, started only when the host
 * opens a room. Every participant's update is checked against their role on a copy of the
 * document before it is applied and relayed; a forbidden, malformed, oversized or too-frequent
 * one is dropped, the sender is told, and the document does not change.
 */
export async function openRoom(options: RoomOptions): Promise<Room> {
  const token = options.token ?? randomBytes(16).toString('hex');
  const { doc } = options;
  const peers = new Map<WebSocket, Peer>();
  const roles = new Map<string, Exclude<RoomRole, 'host'>>();
  const removed = new Set<string>();
  const admitted = new Set<string>();
  let lobby = false;
  const presence = new RoomPresence(doc);
  const guard = new RoomGuard(doc);
  const http = serveFiles(token, options.appDir);
  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.messageBytes });

  const members = () => roomMembers(peers.values(), presence);
  const peopleChanged = () => {
    // Those in the lobby see nobody, and nobody sees them but the host.
    const message = json(
      ROOM_MESSAGE.people,
      members().filter((m) => !m.waiting),
    );
    for (const peer of peers.values()) if (!peer.waiting) peer.socket.send(message);
    options.onPeople?.();
  };
  const welcome = (peer: Peer) => {
    const hello: RoomWelcome = { person: peer.person, now: Date.now(), waiting: peer.waiting };
    peer.socket.send(json(ROOM_MESSAGE.welcome, hello));
    if (!peer.waiting) peer.socket.send(frame(ROOM_MESSAGE.sync, (e) => sync.writeSyncStep1(e, doc)));
  };
  const letIn = (peer: Peer) => {
    admitted.add(peer.person.id);
    if (!peer.waiting) return;
    peer.waiting = false;
    welcome(peer);
    // Their first sync step went unanswered in the lobby: send them the map as it is now.
    peer.socket.send(frame(ROOM_MESSAGE.sync, (e) => sync.writeSyncStep2(e, doc)));
  };

  http.on('upgrade', (req: IncomingMessage, socket, head) => {
    if (req.url?.split('?')[0] !== `/room/${token}/ws` || peers.size >= ROOM_LIMITS.participants) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const id = personId(req);
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (removed.has(id)) ws.close(ROOM_CLOSE.removed, 'removed');
      else join(ws, id);
    });
  });

  const refuse = (peer: Peer, refusal: Translatable) => {
    options.onRefused?.(peer.person, refusal);
    peer.socket.send(json(ROOM_MESSAGE.refused, refusal));
  };

  const join = (socket: WebSocket, id: string) => {
    const waiting = lobby && !admitted.has(id);
    const peer: Peer = { person: { id, role: roles.get(id) ?? 'participant' }, socket, sent: [], waiting };
    peers.set(socket, peer);
    socket.on('message', (data: Buffer) => receive(peer, new Uint8Array(data)));
    socket.on('close', () => {
      peers.delete(socket);
      presence.leave(peer);
      peopleChanged();
    });
    socket.on('error', () => socket.terminate());
    welcome(peer);
    peopleChanged();
  };

  const receiveSync = (peer: Peer, d: decoding.Decoder) => {
    const kind = decoding.readVarUint(d);
    if (kind === sync.messageYjsSyncStep1) {
      const vector = decoding.readVarUint8Array(d);
      peer.socket.send(frame(ROOM_MESSAGE.sync, (e) => sync.writeSyncStep2(e, doc, vector)));
      return;
    }
    const refusal = guard.apply(decoding.readVarUint8Array(d), peer.person, peer);
    if (refusal) refuse(peer, refusal);
  };

  const receive = (peer: Peer, data: Uint8Array) => {
    const now = Date.now();
    peer.sent = peer.sent.filter((t) => now - t < 60_000);
    if (peer.sent.push(now) > ROOM_LIMITS.updatesPerMinute) return refuse(peer, { key: 'room.refused.tooFast' });
    try {
      const { type, body: d } = roomFrame.decode(data);
      // Someone in the lobby has no map to sync yet; their name is all they can send.
      if (type === ROOM_MESSAGE.sync) return peer.waiting ? undefined : receiveSync(peer, d);
      if (type !== ROOM_MESSAGE.awareness) return refuse(peer, { key: 'room.refused.malformed' });
      if (!presence.apply(decoding.readVarUint8Array(d), peer)) return refuse(peer, { key: 'room.refused.malformed' });
      peopleChanged();
    } catch {
      refuse(peer, { key: 'room.refused.malformed' });
    }
  };

  // Every accepted change (a participant's, or the host's own) goes to everyone else in the room.
  const relay = (update: Uint8Array, origin: unknown) => {
    const message = frame(ROOM_MESSAGE.sync, (e) => sync.writeUpdate(e, update));
    for (const peer of peers.values()) if (peer !== origin && !peer.waiting) peer.socket.send(message);
  };
  doc.on('update', relay);

  const { port, host } = await listen(http, options);
  return {
    url: `http://${host}:${port}/room/${token}`,
    token,
    port,
    people: members,
    setRole: (id, role) => {
      roles.set(id, role);
      for (const peer of peers.values())
        if (peer.person.id === id) {
          peer.person = { ...peer.person, role };
          welcome(peer);
        }
      peopleChanged();
    },
    remove: (id) => {
      removed.add(id);
      for (const peer of peers.values()) if (peer.person.id === id) peer.socket.close(ROOM_CLOSE.removed, 'removed');
    },
    setLobby: (on) => {
      lobby = on;
      // Those already in stay in; turning the lobby off lets everyone waiting in.
      if (on) for (const peer of peers.values()) admitted.add(peer.person.id);
      else for (const peer of peers.values()) letIn(peer);
      peopleChanged();
    },
    admit: (id) => {
      admitted.add(id);
      for (const peer of peers.values()) if (peer.person.id === id) letIn(peer);
      peopleChanged();
    },
    close: async () => {
      doc.off('update', relay);
      presence.destroy();
      guard.destroy();
      for (const peer of peers.values()) peer.socket.close(ROOM_CLOSE.closed, 'room closed');
      wss.close();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
    },
  };
}
