import type { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { RoomService, type RoomChange } from '../../../electron/main/room/roomService';
import { connectRoom, type RoomClient } from '../../../renderer/src/participant/roomClient';
import { AUTHORS_KEY } from '../../../shared/collab/authors';
import { createMapDoc, readMap, writeMap } from '../../../shared/collab/mapBinding';
import { ROOM_LIMITS } from '../../../shared/model/limits';
import { addCard } from '../../../shared/model/operations';
import { bundleForChild } from '../../helpers/bundle';
import { waitFor } from '../../helpers/roomPeer';
import { sampleMap } from '../../helpers/sampleMap';

// The phone page's own client, with Node's `ws` standing in for the browser's WebSocket.
beforeAll(() => {
  (globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
});

const thread = bundleForChild('electron/main/room/roomThread.ts');
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Waits on the room for up to 20 s (a thread starting again on a busy machine); fails with what it waited for. */
async function eventually(what: string, ok: () => boolean): Promise<void> {
  if (!(await waitFor(ok, 20_000))) throw new Error(`Still waiting for: ${what}`);
}

/** The host's side as the app runs it: the room on its own thread, its changes applied to the window's map. */
async function hostWithRoom() {
  const workers: Worker[] = [];
  const service = new RoomService('/nonexistent', { thread, onWorker: (w) => workers.push(w) });
  const window = createMapDoc(sampleMap());
  const changes: RoomChange[] = [];
  service.onChange((change) => {
    changes.push(change);
    for (const u of change.updates) Y.applyUpdate(window, u);
  });
  const { url } = await service.open('map-1', 'loopback', Y.encodeStateAsUpdate(window));
  cleanups.push(() => service.close());
  return { service, window, changes, workers, url };
}

function phone(url: string, storage: Storage | null = null): RoomClient {
  const client = connectRoom(`${url.replace('http', 'ws')}/ws`, storage);
  cleanups.push(() => client.close());
  return client;
}

/** A participant adds a card of their own, as the phone page does. */
function addOwnCard(client: RoomClient, id: string, text: string): void {
  const doc = client.doc;
  doc.transact(() => {
    const map = readMap(doc);
    const laneId = map.lanes.find((l) => l.type === 'cards')!.id;
    writeMap(doc, addCard(map, { laneId, stageId: map.stages[0]!.id, id, text }), null, map);
    doc.getMap<string>(AUTHORS_KEY).set(id, client.me()!.id);
  });
}

const cards = (doc: Y.Doc) => readMap(doc).cards.map((c) => c.text);

describe('the room runs outside the process that owns the window', () => {
  it('keeps every acknowledged card when its thread is killed mid-workshop, tells the host, and comes back on the same link', async () => {
    const host = await hostWithRoom();
    const lan = phone(host.url);
    await eventually('the phone to have the map', () => lan.status() === 'live' && readMap(lan.doc).cards?.length > 0);
    addOwnCard(lan, 'lan-1', 'Trước khi sập');
    await eventually('the first card at the host', () => cards(host.window).includes('Trước khi sập'));

    // The room's thread is killed (as an out-of-memory or a crash would end it).
    await host.workers[0]!.terminate();
    await eventually('the phone to notice', () => lan.status() === 'reconnecting');
    // Written while the room is down: kept on the phone, sent when it is back.
    addOwnCard(lan, 'lan-2', 'Trong lúc mất kết nối');
    await eventually('the host to be told', () => host.changes.some((c) => c.notice?.key === 'room.restarted'));
    await eventually('the phone to reconnect by itself', () => lan.status() === 'live');
    await eventually('the card written offline at the host', () =>
      cards(host.window).includes('Trong lúc mất kết nối'),
    );
    addOwnCard(lan, 'lan-3', 'Sau khi trở lại');
    await eventually('a new card at the host', () => cards(host.window).includes('Sau khi trở lại'));
    expect(cards(host.window)).toContain('Trước khi sập');
    expect(host.workers).toHaveLength(2);
    expect(host.service.take().open).toBe(true);
  });

  it('keeps the host’s decisions when the room starts again: a removed person stays out', async () => {
    const host = await hostWithRoom();
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => saved.set(k, v),
    };
    const lan = phone(host.url, storage as unknown as Storage);
    await eventually('the phone to be let in', () => lan.status() === 'live' && lan.me() !== null);
    await host.service.remove(lan.me()!.id);
    await eventually('the phone to be removed', () => lan.status() === 'removed');
    await host.workers[0]!.terminate();
    await eventually('the room to start again', () => host.workers.length === 2);
    const other = phone(host.url);
    await eventually('another phone to come in', () => other.status() === 'live');
    // The same browser (its key) opens the page again: still removed.
    const back = phone(host.url, storage as unknown as Storage);
    await eventually('the removed phone to be refused', () => back.status() === 'removed');
  });

  it('leaves nothing listening when the room is closed while its thread starts again', async () => {
    const host = await hostWithRoom();
    await host.workers[0]!.terminate();
    await host.service.close();
    // A thread that has ended has no id any more (-1).
    await eventually(
      'the thread that was starting again to end',
      () => host.workers.length === 2 && host.workers.every((w) => w.threadId === -1),
    );
    await expect(fetch(host.url)).rejects.toThrow();
  });

  it('runs the room with a heap ceiling, and gives up in words on a room that keeps dying', async () => {
    const host = await hostWithRoom();
    expect(host.workers[0]!.resourceLimits?.maxOldGenerationSizeMb).toBe(ROOM_LIMITS.threadHeapMb);
    for (let death = 1; death <= ROOM_LIMITS.threadRestarts + 1; death++) {
      await eventually(`room thread ${death}`, () => host.workers.length === death);
      await host.workers[death - 1]!.terminate();
    }
    await eventually('the host to be told the room is gone', () =>
      host.changes.some((c) => c.notice?.key === 'room.gone' && !c.open),
    );
    expect(host.service.take().open).toBe(false);
    // The host's map is untouched by all of it.
    expect(readMap(host.window).cards.length).toBe(sampleMap().cards.length);
  });
});
