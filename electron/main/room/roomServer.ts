import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import * as decoding from 'lib0/decoding';
import { WebSocketServer, type WebSocket } from 'ws';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import type { RoomPerson, RoomRole } from '../../../shared/collab/roleCheck';
import { ROOM_CLOSE, ROOM_MESSAGE, roomFrame, type RoomWelcome } from '../../../shared/collab/roomProtocol';
import { RoomColours, type RoomMember } from '../../../shared/collab/roomPresence';
import type { Translatable } from '../../../shared/ipc/errors';
import { RoomGuard } from './roomGuard';
import { ROOM_LIMITS } from '../../../shared/model/limits';
import { PAGE_WITHOUT_TOKEN, PARTICIPANT_CSP, participantFile } from './participantFiles';
import { RoomPresence } from './roomPresence';
import { RoomSeats, type RoomBars } from './roomSeats';
import { heartbeat, MinuteWindow, sendBounded } from './roomSocket';

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
  /** Ping and header timing (ROOM_LIMITS by default; the tests shorten them). */
  timing?: { pingMs: number; headersMs: number };
  /** The host's decisions of a room started again (roles, lobby, who is let in or kept out). */
  memory?: RoomMemory;
}

/** What the host decided about people in a room: kept when the room's thread is started again. */
export interface RoomMemory {
  roles: [string, Exclude<RoomRole, 'host'>][];
  lobby: boolean;
  admitted: string[];
  bars: RoomBars;
}

interface Peer {
  person: RoomPerson;
  socket: WebSocket;
  /** The address the socket came from (barred with the person if the host removes them). */
  address: string | undefined;
  updates: MinuteWindow;
  /** Frames the room could not read: past a few, the socket is closed. */
  malformed: number;
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
  /**
   * Disconnects a person and keeps them out of this room (their key and the address they came
   * from); true when an address was barred, so the host is offered the lobby for newcomers.
   */
  remove: (personId: string) => boolean;
  /** With a lobby, each newcomer waits until the host lets them in by name. */
  setLobby: (on: boolean) => void;
  admit: (personId: string) => void;
  /** The host's decisions so far, to start the room again with them. */
  memory: () => RoomMemory;
  /** What the room holds now: open sockets, presence states, bytes queued for sockets not yet read. */
  stats: () => RoomStats;
  close: () => Promise<void>;
}

export interface RoomStats {
  sockets: number;
  presenceStates: number;
  queuedBytes: number;
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

/**
 * The participant page and its assets. A connection that has not sent its headers in
 * `headersMs` is closed (checked every few hundred milliseconds), and the number of
 * connections is bounded, so half-open connections cannot hold the room's sockets.
 */
function serveFiles(token: string, appDir: string | undefined, headersMs: number): Server {
  const server = createServer(
    {
      headersTimeout: headersMs,
      requestTimeout: headersMs * 3,
      connectionsCheckingInterval: Math.min(1000, Math.max(50, headersMs / 4)),
    },
    (req, res) => {
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
    },
  );
  // Each phone: its sockets, and the few connections a browser opens for the page's files.
  server.maxConnections = ROOM_LIMITS.participants * (ROOM_LIMITS.socketsPerPerson + 6);
  return server;
}

/** Who is in the room, one entry a person however many sockets they have, with what they said of themselves. */
function roomMembers(peers: Iterable<Peer>, presence: RoomPresence, colours: RoomColours): RoomMember[] {
  const byId = new Map<string, RoomMember>();
  const all = [...peers];
  const present = [...new Set(all.map((p) => p.person.id))];
  for (const peer of all) {
    const seen = presence.of(peer);
    const was = byId.get(peer.person.id);
    byId.set(peer.person.id, {
      ...peer.person,
      name: seen?.name || was?.name || '',
      colour: colours.colourOf(peer.person.id, present),
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

const refusal = (key: string): Translatable => ({ key: `room.refused.${key}` });

/**
 * The room's sockets and people: who may come in (seats), what each may send (the guard,
 * rates, presence) and what each is sent (bounded by what they have not yet read).
 */
class RoomPeers {
  readonly peers = new Map<WebSocket, Peer>();
  readonly roles: Map<string, Exclude<RoomRole, 'host'>>;
  readonly admitted: Set<string>;
  readonly seats: RoomSeats;
  private readonly fullStates = new Map<string, MinuteWindow>();
  lobby: boolean;
  readonly presence: RoomPresence;
  private readonly guard: RoomGuard;

  constructor(private readonly options: RoomOptions) {
    this.presence = new RoomPresence(options.doc);
    this.guard = new RoomGuard(options.doc);
    const memory = options.memory;
    this.seats = new RoomSeats([options.host], memory?.bars);
    this.roles = new Map(memory?.roles);
    this.admitted = new Set(memory?.admitted);
    this.lobby = memory?.lobby ?? false;
  }

  memory = (): RoomMemory => ({
    roles: [...this.roles],
    lobby: this.lobby,
    admitted: [...this.admitted],
    bars: this.seats.bars(),
  });

  private readonly colours = new RoomColours();
  members = () => roomMembers(this.peers.values(), this.presence, this.colours);

  send(peer: Peer, message: Uint8Array): void {
    sendBounded(peer.socket, message);
  }

  private peopleTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Who is in the room has changed: everyone is told, at most every `peopleEveryMs`, so a burst
   * of presence messages (or one person sending many) costs one list per interval, not one list
   * to everyone per message.
   */
  peopleChanged(): void {
    if (this.peopleTimer) return;
    this.peopleTimer = setTimeout(() => {
      this.peopleTimer = null;
      this.tellPeople();
    }, ROOM_LIMITS.peopleEveryMs);
  }

  private tellPeople(): void {
    // Those in the lobby see nobody, and nobody sees them but the host.
    const message = json(
      ROOM_MESSAGE.people,
      this.members().filter((m) => !m.waiting),
    );
    for (const peer of this.peers.values()) if (!peer.waiting) this.send(peer, message);
    this.options.onPeople?.();
  }

  welcome(peer: Peer): void {
    const title = this.options.doc.getMap<unknown>('meta').get('title');
    const hello: RoomWelcome = {
      person: peer.person,
      now: Date.now(),
      waiting: peer.waiting,
      title: typeof title === 'string' ? title : '',
    };
    this.send(peer, json(ROOM_MESSAGE.welcome, hello));
    if (!peer.waiting)
      this.send(
        peer,
        frame(ROOM_MESSAGE.sync, (e) => sync.writeSyncStep1(e, this.options.doc)),
      );
  }

  letIn(peer: Peer): void {
    this.admitted.add(peer.person.id);
    if (!peer.waiting) return;
    peer.waiting = false;
    this.welcome(peer);
    // Their first sync step went unanswered in the lobby: send them the map as it is now.
    this.send(
      peer,
      frame(ROOM_MESSAGE.sync, (e) => sync.writeSyncStep2(e, this.options.doc)),
    );
  }

  /** A new socket: in, into the lobby, or closed with the reason the phone shows. */
  arrive(upgrade: { wss: WebSocketServer; req: IncomingMessage; socket: Duplex; head: Buffer }): void {
    const { wss, req, socket, head } = upgrade;
    const id = personId(req);
    const address = req.socket.remoteAddress;
    const holders = [...this.peers.values()].map((p) => p.person.id);
    const seat = this.seats.seat(id, address, holders, this.lobby, this.admitted.has(id));
    if (seat === 'full' || seat === 'tooManySockets') {
      socket.end('HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (seat === 'removed') ws.close(ROOM_CLOSE.removed, 'removed');
      else this.join(ws, id, address, seat === 'lobby');
    });
  }

  private join(socket: WebSocket, id: string, address: string | undefined, waiting: boolean): void {
    const person: RoomPerson = { id, role: this.roles.get(id) ?? 'participant' };
    const peer: Peer = {
      person,
      socket,
      address,
      updates: new MinuteWindow(ROOM_LIMITS.updatesPerMinute),
      malformed: 0,
      waiting,
    };
    this.peers.set(socket, peer);
    socket.on('message', (data: Buffer) => this.receive(peer, new Uint8Array(data)));
    socket.on('close', () => {
      this.peers.delete(socket);
      this.presence.leave(peer);
      this.peopleChanged();
    });
    socket.on('error', () => socket.terminate());
    this.welcome(peer);
    this.peopleChanged();
  }

  private refuse(peer: Peer, why: Translatable): void {
    this.options.onRefused?.(peer.person, why);
    this.send(peer, json(ROOM_MESSAGE.refused, why));
    // A phone page never sends what the room cannot read: a socket that keeps doing so is closed.
    if (why.key === 'room.refused.malformed' && ++peer.malformed >= ROOM_LIMITS.malformedFrames)
      peer.socket.close(ROOM_CLOSE.malformed, 'malformed frames');
  }

  private receiveSync(peer: Peer, d: decoding.Decoder): void {
    const kind = decoding.readVarUint(d);
    if (kind === sync.messageYjsSyncStep1) {
      const vector = decoding.readVarUint8Array(d);
      const window = this.fullStates.get(peer.person.id) ?? new MinuteWindow(ROOM_LIMITS.fullStatesPerMinute);
      this.fullStates.set(peer.person.id, window);
      if (!window.take()) return this.refuse(peer, refusal('mapTooOften'));
      this.send(
        peer,
        frame(ROOM_MESSAGE.sync, (e) => sync.writeSyncStep2(e, this.options.doc, vector)),
      );
      return;
    }
    if (kind !== sync.messageYjsSyncStep2 && kind !== sync.messageYjsUpdate)
      return this.refuse(peer, refusal('malformed'));
    const refused = this.guard.apply(decoding.readVarUint8Array(d), peer.person, peer);
    if (refused) this.refuse(peer, refused);
  }

  private receive(peer: Peer, data: Uint8Array): void {
    if (!peer.updates.take()) return this.refuse(peer, refusal('tooFast'));
    try {
      const { type, body: d } = roomFrame.decode(data);
      // Someone in the lobby has no map to sync yet; their name is all they can send.
      if (type === ROOM_MESSAGE.sync) return peer.waiting ? undefined : this.receiveSync(peer, d);
      if (type !== ROOM_MESSAGE.awareness) return this.refuse(peer, refusal('malformed'));
      const refused = this.presence.apply(decoding.readVarUint8Array(d), peer);
      if (refused) return this.refuse(peer, refused);
      this.peopleChanged();
    } catch {
      this.refuse(peer, refusal('malformed'));
    }
  }

  /** Every accepted change (a participant's, or the host's own) goes to everyone else in the room. */
  readonly relay = (update: Uint8Array, origin: unknown): void => {
    const message = frame(ROOM_MESSAGE.sync, (e) => sync.writeUpdate(e, update));
    for (const peer of this.peers.values()) if (peer !== origin && !peer.waiting) this.send(peer, message);
  };

  ofPerson(id: string): Peer[] {
    return [...this.peers.values()].filter((p) => p.person.id === id);
  }

  destroy(): void {
    if (this.peopleTimer) clearTimeout(this.peopleTimer);
    this.presence.destroy();
    this.guard.destroy();
  }
}

/**
 * A workshop room: an HTTP + WebSocket server on one interface, started only when the host
 * opens a room. Every participant's update is checked against their role on a copy of the
 * document before it is applied and relayed; a forbidden, malformed, oversized or too-frequent
 * one is dropped, the sender is told, and the document does not change.
 */
export async function openRoom(options: RoomOptions): Promise<Room> {
  const token = options.token ?? randomBytes(16).toString('hex');
  const timing = options.timing ?? { pingMs: ROOM_LIMITS.pingMs, headersMs: ROOM_LIMITS.headersMs };
  const room = new RoomPeers(options);
  const http = serveFiles(token, options.appDir, timing.headersMs);
  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.messageBytes });
  const stopPings = heartbeat(() => room.peers.keys(), timing.pingMs);

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (req.url?.split('?')[0] !== `/room/${token}/ws`) {
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    room.arrive({ wss, req, socket, head });
  });
  options.doc.on('update', room.relay);

  const { port, host } = await listen(http, options);
  return {
    url: `http://${host}:${port}/room/${token}`,
    token,
    port,
    people: room.members,
    setRole: (id, role) => {
      room.roles.set(id, role);
      for (const peer of room.ofPerson(id)) {
        peer.person = { ...peer.person, role };
        room.welcome(peer);
      }
      room.peopleChanged();
    },
    remove: (id) => {
      const theirs = room.ofPerson(id);
      const barred = room.seats.bar(
        id,
        theirs.map((p) => p.address),
      );
      room.admitted.delete(id);
      for (const peer of theirs) peer.socket.close(ROOM_CLOSE.removed, 'removed');
      return barred;
    },
    setLobby: (on) => {
      room.lobby = on;
      // Those already in stay in; turning the lobby off lets everyone waiting in.
      for (const peer of room.peers.values()) {
        if (on) room.admitted.add(peer.person.id);
        else room.letIn(peer);
      }
      room.peopleChanged();
    },
    admit: (id) => {
      room.admitted.add(id);
      for (const peer of room.ofPerson(id)) room.letIn(peer);
      room.peopleChanged();
    },
    memory: room.memory,
    stats: () => ({
      sockets: room.peers.size,
      presenceStates: room.presence.awareness.getStates().size,
      queuedBytes: [...room.peers.keys()].reduce((sum, socket) => sum + socket.bufferedAmount, 0),
    }),
    close: async () => {
      stopPings();
      options.doc.off('update', room.relay);
      room.destroy();
      for (const peer of room.peers.values()) peer.socket.close(ROOM_CLOSE.closed, 'room closed');
      wss.close();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
    },
  };
}
