import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocketServer, type WebSocket } from 'ws';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import type { RoomPerson, RoomRole } from '../../../shared/collab/roleCheck';
import type { Translatable } from '../../../shared/ipc/errors';
import { guardUpdate } from './roomGuard';
import { ROOM_MESSAGE } from '../../../shared/collab/roomProtocol';

/** What one room allows, declared once (the README's room section quotes them). */
export const ROOM_LIMITS = {
  /** Bytes in one message from a participant. */
  messageBytes: 256 * 1024,
  /** People connected at once. */
  participants: 60,
  /** Updates a person may send per minute (a burst of typing is many). */
  updatesPerMinute: 600,
} as const;

export interface RoomOptions {
  /** The interface to listen on: a LAN address, or 127.0.0.1 for a room on this computer only. */
  host: string;
  /** 0 picks a free port. */
  port?: number;
  /** The room's document: the host's map, kept in step with every accepted update. */
  doc: Y.Doc;
  /** Told of refused updates (for the host's log). */
  onRefused?: (person: RoomPerson, refusal: Translatable) => void;
  /** The built renderer (dist/renderer): the participant page and its assets are served from it. */
  appDir?: string;
}

interface Peer {
  person: RoomPerson;
  socket: WebSocket;
  sent: number[];
}

export interface Room {
  url: string;
  token: string;
  port: number;
  /** People connected now. */
  people: () => RoomPerson[];
  setRole: (personId: string, role: RoomRole) => void;
  close: () => Promise<void>;
}

const PAGE_WITHOUT_TOKEN = `<!doctype html><meta charset="utf-8"><title>Waymark workshop room</title>
<p>Ask the facilitator for the room's link or QR code. · Hãy xin người điều phối đường dẫn hoặc mã QR của phòng.</p>`;

/** The participant page may load only its own files and talk only to its own room. */
const PARTICIPANT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * A file of the participant app: its page, or one of the built assets it loads. Nothing else
 * of the app (the editor, maps, personas) is reachable, and no path can climb out of assets/.
 */
function participantFile(appDir: string, path: string): { bytes: Buffer; type: string } | null {
  const name = path === '/' ? 'participant.html' : /^\/assets\/[\w.-]+\.(js|css)$/.test(path) ? path.slice(1) : null;
  if (!name) return null;
  const type = TYPES[extname(name)];
  try {
    return type ? { bytes: readFileSync(join(appDir, name)), type } : null;
  } catch {
    return null;
  }
}

function frame(type: number, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  write(e);
  return encoding.toUint8Array(e);
}

/**
 * A workshop room: an HTTP + WebSocket server on one interface, started only when the host
 * opens a room. Every participant's update is checked against their role on a copy of the
 * document before it is applied and relayed; a forbidden, malformed, oversized or too-frequent
 * one is dropped, the sender is told, and the document does not change.
 */
export async function openRoom(options: RoomOptions): Promise<Room> {
  const token = randomBytes(16).toString('hex');
  const { doc } = options;
  const peers = new Map<WebSocket, Peer>();
  let next = 1;

  const http: Server = createServer((req, res) => {
    const path = req.url?.split('?')[0] ?? '';
    const base = `/room/${token}`;
    if (path === base) {
      res.writeHead(302, { location: `${base}/` });
      res.end();
      return;
    }
    const file =
      path.startsWith(`${base}/`) && options.appDir ? participantFile(options.appDir, path.slice(base.length)) : null;
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
  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.messageBytes });
  http.on('upgrade', (req: IncomingMessage, socket, head) => {
    if (req.url?.split('?')[0] !== `/room/${token}/ws` || peers.size >= ROOM_LIMITS.participants) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => join(ws));
  });

  const refuse = (peer: Peer, refusal: Translatable) => {
    options.onRefused?.(peer.person, refusal);
    peer.socket.send(frame(ROOM_MESSAGE.refused, (e) => encoding.writeVarString(e, JSON.stringify(refusal))));
  };

  const join = (socket: WebSocket) => {
    const peer: Peer = { person: { id: `p${next++}`, role: 'participant' }, socket, sent: [] };
    peers.set(socket, peer);
    socket.on('message', (data: Buffer) => receive(peer, new Uint8Array(data)));
    socket.on('close', () => peers.delete(socket));
    socket.on('error', () => socket.terminate());
    socket.send(frame(ROOM_MESSAGE.welcome, (e) => encoding.writeVarString(e, JSON.stringify(peer.person))));
    socket.send(frame(ROOM_MESSAGE.sync, (e) => sync.writeSyncStep1(e, doc)));
  };

  const receive = (peer: Peer, data: Uint8Array) => {
    const now = Date.now();
    peer.sent = peer.sent.filter((t) => now - t < 60_000);
    if (peer.sent.push(now) > ROOM_LIMITS.updatesPerMinute) return refuse(peer, { key: 'room.refused.tooFast' });
    try {
      const d = decoding.createDecoder(data);
      if (decoding.readVarUint(d) !== ROOM_MESSAGE.sync) return; // awareness: not relayed yet
      const kind = decoding.readVarUint(d);
      if (kind === sync.messageYjsSyncStep1) {
        const vector = decoding.readVarUint8Array(d);
        peer.socket.send(frame(ROOM_MESSAGE.sync, (e) => sync.writeSyncStep2(e, doc, vector)));
        return;
      }
      const update = decoding.readVarUint8Array(d);
      const refusal = guardUpdate(doc, update, peer.person);
      if (refusal) return refuse(peer, refusal);
      Y.applyUpdate(doc, update, peer);
    } catch {
      refuse(peer, { key: 'room.refused.malformed' });
    }
  };

  // Every accepted change (a participant's, or the host's own) goes to everyone else.
  const relay = (update: Uint8Array, origin: unknown) => {
    const message = frame(ROOM_MESSAGE.sync, (e) => sync.writeUpdate(e, update));
    for (const peer of peers.values()) if (peer !== origin) peer.socket.send(message);
  };
  doc.on('update', relay);

  await new Promise<void>((resolve) => http.listen(options.port ?? 0, options.host, resolve));
  const port = (http.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/room/${token}`,
    token,
    port,
    people: () => [...peers.values()].map((p) => p.person),
    setRole: (personId, role) => {
      for (const peer of peers.values()) if (peer.person.id === personId) peer.person = { ...peer.person, role };
    },
    close: async () => {
      doc.off('update', relay);
      for (const peer of peers.values()) peer.socket.close(1001, 'room closed');
      wss.close();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
    },
  };
}
