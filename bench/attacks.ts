// The room attacks of issue 25, measured against the built app's room (its own thread) on
// loopback: memory, refusals and times, printed as a table for the closing note and the README.
// Run: `npm run build && node scripts/bench.mjs --attacks` (bundled like the benchmark).
import { connect } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import { RoomService } from '../electron/main/room/roomService';
import { createMapDoc } from '../shared/collab/mapBinding';
import { ROOM_MESSAGE, roomFrame } from '../shared/collab/roomProtocol';
import { syntheticMap } from './synthetic';

const ROOT = join(import.meta.dirname, '..', '..');
const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rows: [string, string][] = [];

async function socket(url: string, key: string): Promise<{ ws: WebSocket; refused: string[]; open: boolean }> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws?key=${key}`);
  const refused: string[] = [];
  ws.on('message', (data: Buffer) => {
    const { type, body } = roomFrame.decode(new Uint8Array(data));
    if (type === ROOM_MESSAGE.refused) refused.push(roomFrame.readJson<{ key: string }>(body).key);
  });
  const open = await new Promise<boolean>((resolve) => {
    ws.once('open', () => resolve(true));
    ws.once('error', () => resolve(false));
  });
  return { ws, refused, open };
}

const key = (n: number) => n.toString(16).padStart(32, '0');

/** Peak and settled memory of the whole process (the window's side and the room's thread) while `attack` runs. */
async function watchMemory(attack: () => Promise<void>, settleMs: number) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  await attack();
  await sleep(settleMs);
  clearInterval(timer);
  (globalThis as { gc?: () => void }).gc?.();
  return { before: MB(before), peak: MB(peak), after: MB(process.memoryUsage().rss) };
}

async function main() {
  let worker: Worker | null = null;
  const room = new RoomService(join(ROOT, 'dist', 'renderer'), {
    thread: join(ROOT, 'dist', 'electron', 'roomThread.js'),
    onWorker: (w) => (worker = w),
  });
  const host = createMapDoc(syntheticMap(1000));
  const { url } = await room.open('attack', 'loopback', Y.encodeStateAsUpdate(host));
  const hostDelay = monitorEventLoopDelay({ resolution: 10 });
  hostDelay.enable();

  // 3. Ten sockets that never read ask for the 1,000-card map 300 times each.
  const stalled = await Promise.all(Array.from({ length: 10 }, (_, i) => socket(url, key(100 + i))));
  const memory = await watchMemory(async () => {
    for (const s of stalled) {
      (s.ws as unknown as { _socket: { pause: () => void } })._socket.pause();
      for (let i = 0; i < 300; i++)
        s.ws.send(roomFrame.encode(ROOM_MESSAGE.sync, (e) => sync.writeSyncStep1(e, new Y.Doc())));
    }
  }, 10_000);
  const roomHeap = async () => (worker ? MB((await (worker as Worker).getHeapStatistics()).used_heap_size) : NaN);
  const stillIn = room.take().people.length;
  rows.push([
    '10 non-reading sockets × 300 requests for a 1,000-card map: process RSS before / peak / 10 s later',
    `${memory.before} / ${memory.peak} / ${memory.after} MB (room thread heap ${await roomHeap()} MB; ${10 - stillIn} sockets dropped)`,
  ]);
  stalled.forEach((s) => s.ws.terminate());
  await sleep(3000);
  rows.push(['  …3 s after they are gone: room thread heap', `${await roomHeap()} MB`]);

  // 2. Forty updates of 200 KB into shapes the role check cannot see.
  const lan = await socket(url, key(1));
  const size = () => Y.encodeStateAsUpdate((room as unknown as { doc: Y.Doc }).doc).length;
  const start = size();
  for (let i = 0; i < 40; i++) {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(host));
    const vector = Y.encodeStateVector(copy);
    copy.getMap(`junk${i}`).set('x', 'x'.repeat(200_000));
    lan.ws.send(roomFrame.encode(ROOM_MESSAGE.sync, (e) => sync.writeUpdate(e, Y.encodeStateAsUpdate(copy, vector))));
  }
  for (let i = 0; i < 200 && lan.refused.length < 40; i++) await sleep(50);
  rows.push([
    '40 updates of 200 KB to unknown shapes: refused; the room’s map before / after',
    `${lan.refused.length} refused; ${Math.round(start / 1024)} KB / ${Math.round(size() / 1024)} KB`,
  ]);

  // 4. Sixty presence messages of 4,000 invented client ids each.
  hostDelay.reset();
  const t = performance.now();
  for (let m = 0; m < 60; m++) {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 4000);
    for (let i = 0; i < 4000; i++) {
      encoding.writeVarUint(e, m * 4000 + i + 1);
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, JSON.stringify({ name: `p${i}`, stage: null, editing: false }));
    }
    lan.ws.send(
      roomFrame.encode(ROOM_MESSAGE.awareness, (w) => encoding.writeVarUint8Array(w, encoding.toUint8Array(e))),
    );
  }
  const before = lan.refused.length;
  for (let i = 0; i < 400 && lan.refused.length < before + 60; i++) await sleep(25);
  rows.push([
    '60 presence messages × 4,000 client ids: refused; window-side event-loop stall (max)',
    `${lan.refused.length - before} refused in ${Math.round(performance.now() - t)} ms; ${Math.round(hostDelay.max / 1e6)} ms`,
  ]);

  // 5. One browser key opens 60 sockets; then 400 connections that never finish their headers.
  const greedy = await Promise.all(Array.from({ length: 60 }, () => socket(url, key(7))));
  rows.push(['one browser key opening 60 sockets: let in', `${greedy.filter((s) => s.open).length}`]);
  greedy.forEach((s) => s.ws.terminate());
  const port = Number(new URL(url).port);
  const half = Array.from({ length: 400 }, () => connect(port, '127.0.0.1').resume());
  const opened = performance.now();
  let closedAt = 0;
  await Promise.all(
    half.map(
      (c) =>
        new Promise<void>((resolve) => {
          c.once('connect', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n'));
          c.once('close', () => {
            closedAt = performance.now();
            resolve();
          });
        }),
    ),
  );
  rows.push([
    '400 connections that never finish their headers: all closed after',
    `${((closedAt - opened) / 1000).toFixed(1)} s`,
  ]);

  lan.ws.terminate();
  await room.close();
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
}

await main();
