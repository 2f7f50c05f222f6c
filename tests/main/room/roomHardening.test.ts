import { connect } from 'node:net';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import { RoomGuard } from '../../../electron/main/room/roomGuard';
import { openRoom, type Room, type RoomOptions } from '../../../electron/main/room/roomServer';
import { AUTHORS_KEY } from '../../../shared/collab/authors';
import { createMapDoc, readMap, writeMap } from '../../../shared/collab/mapBinding';
import { ROOM_CLOSE, ROOM_MESSAGE as MESSAGE, roomFrame } from '../../../shared/collab/roomProtocol';
import { ROOM_LIMITS } from '../../../shared/model/limits';
import { addCard } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { participant, until } from '../../helpers/roomParticipant';
import { waitFor } from '../../helpers/roomPeer';
import { sampleMap } from '../../helpers/sampleMap';

const rooms: Room[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  sockets.splice(0).forEach((s) => s.terminate());
  await Promise.all(rooms.splice(0).map((r) => r.close()));
});

async function room(options: Partial<RoomOptions> = {}, map: JourneyMap = sampleMap()) {
  const doc = createMapDoc(map);
  const r = await openRoom({ host: '127.0.0.1', doc, ...options });
  rooms.push(r);
  return { room: r, doc };
}

const cell = (d: JourneyMap) => ({ laneId: d.lanes.find((l) => l.type === 'cards')!.id, stageId: d.stages[0]!.id });
const key = (n: number) => n.toString(16).padStart(32, '0');

/** A bare socket to the room (no sync of its own): what it was told, and how it was closed. */
async function raw(r: Room, opts: { key?: string; from?: string; autoPong?: boolean } = {}) {
  const ws = new WebSocket(`${r.url.replace('http', 'ws')}/ws?key=${opts.key ?? key(Math.random() * 1e15)}`, {
    localAddress: opts.from,
    autoPong: opts.autoPong ?? true,
  });
  sockets.push(ws);
  const refused: string[] = [];
  let welcome: { waiting: boolean } | null = null;
  ws.on('message', (data: Buffer) => {
    const { type, body } = roomFrame.decode(new Uint8Array(data));
    if (type === MESSAGE.refused) refused.push(roomFrame.readJson<{ key: string }>(body).key);
    if (type === MESSAGE.welcome) welcome = roomFrame.readJson<{ waiting: boolean }>(body);
  });
  const closed = new Promise<number>((resolve) => ws.once('close', resolve));
  const opened = await new Promise<boolean>((resolve) => {
    ws.once('open', () => resolve(true));
    ws.once('error', () => resolve(false));
  });
  return { ws, refused, closed, opened, welcome: () => welcome };
}

/** A participant's update built on the room's state: `change` makes it on a copy. */
function updateFrom(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const vector = Y.encodeStateVector(copy);
  change(copy);
  return roomFrame.encode(MESSAGE.sync, (e) => sync.writeUpdate(e, Y.encodeStateAsUpdate(copy, vector)));
}

describe('the room accepts only the shapes its role check reads', () => {
  it('refuses a new top-level type, an unknown metadata key, order ids naming no card and formatted text', async () => {
    const { room: r, doc } = await room();
    const lan = await raw(r);
    const size = Y.encodeStateAsUpdate(doc).length;
    const junk = 'x'.repeat(200_000);
    const attacks = [
      (c: Y.Doc) => c.getMap('junk').set('a', junk),
      (c: Y.Doc) => c.getArray('junk2').insert(0, [junk]),
      (c: Y.Doc) => c.getMap('meta').set('extra', junk),
      (c: Y.Doc) =>
        c.getArray('cardsOrder').insert(
          0,
          Array.from({ length: 5_000 }, (_, i) => `ghost-${i}`),
        ),
      // Set and taken back in one update: the map reads the same, the document still grows.
      (c: Y.Doc) =>
        c.transact(() => {
          c.getMap('meta').set('hidden', junk);
          c.getMap('meta').delete('hidden');
        }),
      (c: Y.Doc) => ((c.getMap('cards').get('c1') as Y.Map<unknown>).get('text') as Y.Text).format(0, 2, { b: junk }),
    ];
    for (const attack of attacks) lan.ws.send(updateFrom(doc, attack));
    await until(() => lan.refused.length === attacks.length);
    expect(lan.refused.every((k) => k === 'room.refused.unknownShape')).toBe(true);
    expect(Y.encodeStateAsUpdate(doc).length).toBe(size);
    // A card of one's own, in the shape the phone page writes, still goes in.
    const minh = await participant(r.url);
    minh.edit((d) => addCard(d, { ...cell(d), id: 'minh-1', text: 'Bình thường' }), 'minh-1');
    await until(() => readMap(doc).cards.some((c) => c.id === 'minh-1'));
    expect(minh.refusals).toEqual([]);
  });

  it('bounds what one person, and the room, may add to the document', () => {
    const doc = createMapDoc(sampleMap());
    const limits = { personBytes: 64 * 1024, roomGrowthBytes: 100 * 1024 };
    const guard = new RoomGuard(doc, limits);
    const start = Y.encodeStateAsUpdate(doc).length;
    const phones = new Map<string, Y.Doc>();
    let n = 0;
    /** A person's phone adds one long card of their own, as the phone page writes it. */
    const add = (person: string) => {
      const phone = phones.get(person) ?? new Y.Doc();
      phones.set(person, phone);
      Y.applyUpdate(phone, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(phone)));
      const vector = Y.encodeStateVector(phone);
      const id = `${person}-${n++}`;
      phone.transact(() => {
        writeMap(
          phone,
          addCard(readMap(phone), { ...cell(readMap(phone)), id, text: 'Đ'.repeat(ROOM_LIMITS.participantCardChars) }),
        );
        phone.getMap(AUTHORS_KEY).set(id, person);
      });
      return guard.apply(Y.encodeStateAsUpdate(phone, vector), { id: person, role: 'participant' }, null);
    };
    let refusal = null;
    while (!refusal && n < 1000) refusal = add('lan');
    expect(refusal?.key).toBe('room.refused.personFull');
    const grown = Y.encodeStateAsUpdate(doc).length - start;
    expect(grown).toBeLessThanOrEqual(limits.personBytes);
    expect(grown).toBeGreaterThan(limits.personBytes / 2);
    // Someone else still has their share, until the room's is spent.
    expect(add('minh')).toBeNull();
    do refusal = add(`p${n}`);
    while (refusal === null && n < 1000);
    expect(refusal?.key).toBe('room.refused.roomFull');
    expect(Y.encodeStateAsUpdate(doc).length - start).toBeLessThanOrEqual(limits.roomGrowthBytes);
    guard.destroy();
  });
});

describe('the room does not buffer without limit for sockets that do not read', () => {
  it('drops a reader that fell behind and keeps the ones that read', async () => {
    const { room: r, doc } = await room();
    const stalled = await raw(r);
    const reader = await participant(r.url);
    // The stalled socket stops reading (as a phone whose page hangs); it keeps asking for the map.
    (stalled.ws as unknown as { _socket: { pause: () => void } })._socket.pause();
    for (let i = 0; i < 30; i++)
      stalled.ws.send(roomFrame.encode(MESSAGE.sync, (e) => sync.writeSyncStep1(e, new Y.Doc())));
    // The host writes a lot (their right): 100 updates of 300 KB. The reader takes each one; the
    // stalled socket takes none.
    for (let i = 0; i < 100 && r.stats().sockets === 2; i++) {
      const text = `${i % 10}`.repeat(300_000 - (i % 2));
      doc.getMap('meta').set('scenario', text);
      await until(() => reader.doc.getMap('meta').get('scenario') === text);
    }
    await until(() => r.stats().sockets === 1);
    expect(reader.socket.readyState).toBe(WebSocket.OPEN);
    expect(r.stats().queuedBytes).toBeLessThan(ROOM_LIMITS.socketBufferBytes);
  });

  it('refuses a person’s requests for the whole map past the minute’s allowance', async () => {
    const { room: r } = await room();
    const asker = await raw(r);
    for (let i = 0; i < ROOM_LIMITS.fullStatesPerMinute + 5; i++)
      asker.ws.send(roomFrame.encode(MESSAGE.sync, (e) => sync.writeSyncStep1(e, new Y.Doc())));
    await until(() => asker.refused.length === 5);
    expect(asker.refused.every((k) => k === 'room.refused.mapTooOften')).toBe(true);
  });
});

describe('presence is one state per socket', () => {
  it('refuses thousands of invented presence states and replaces a socket’s old state with its new one', async () => {
    const { room: r } = await room();
    const lan = await raw(r);
    const many = new awarenessProtocol.Awareness(new Y.Doc());
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 4000);
    for (let i = 0; i < 4000; i++) {
      encoding.writeVarUint(e, 1_000_000 + i);
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, JSON.stringify({ name: `p${i}`, stage: null, editing: false }));
    }
    many.destroy();
    lan.ws.send(roomFrame.encode(MESSAGE.awareness, (w) => encoding.writeVarUint8Array(w, encoding.toUint8Array(e))));
    await until(() => lan.refused.length > 0);
    expect(lan.refused).toEqual(['room.refused.tooMuchPresence']);
    expect(r.stats().presenceStates).toBe(0);
    for (const id of [7, 8, 9]) {
      const one = new awarenessProtocol.Awareness(new Y.Doc());
      one.clientID = id;
      // As a phone's page does: its awareness starts empty (clock 0), then says who this is (clock 1).
      one.setLocalState({});
      one.setLocalState({ name: `Lan ${id}`, stage: null, editing: false });
      lan.ws.send(
        roomFrame.encode(MESSAGE.awareness, (w) =>
          encoding.writeVarUint8Array(w, awarenessProtocol.encodeAwarenessUpdate(one, [id])),
        ),
      );
      one.destroy();
    }
    await until(() => r.people()[0]?.name === 'Lan 9');
    expect(r.stats().presenceStates).toBe(1);
  });
});

describe('presence costs the room one list per interval, not one per message', () => {
  it('tells the others who is in once for a burst of 200 presence messages', async () => {
    const { room: r } = await room();
    const watcher = await participant(r.url);
    let lists = 0;
    watcher.socket.on('message', (data: ArrayBuffer) => {
      if (roomFrame.decode(new Uint8Array(data)).type === MESSAGE.people) lists += 1;
    });
    const lan = await participant(r.url);
    await until(() => r.people().length === 2);
    const before = lists;
    for (let i = 0; i < 200; i++) lan.present({ name: `Lan ${i}`, stage: null, editing: i % 2 === 0 });
    await until(() => watcher.people().some((p) => p.name === 'Lan 199'));
    // One message per presence update would be 200 lists to every other phone.
    expect(lists - before).toBeLessThan(50);
  });
});

describe('seats count people, and dead connections free them', () => {
  it('gives one browser key a few sockets, not the room', async () => {
    const { room: r } = await room();
    const greedy = await Promise.all(Array.from({ length: 10 }, () => raw(r, { key: key(1) })));
    expect(greedy.filter((s) => s.opened)).toHaveLength(ROOM_LIMITS.socketsPerPerson);
    const others = await Promise.all(
      Array.from({ length: ROOM_LIMITS.participants - 1 }, (_, i) => raw(r, { key: key(i + 2) })),
    );
    expect(others.every((s) => s.opened)).toBe(true);
    expect(r.people()).toHaveLength(ROOM_LIMITS.participants);
    const late = await raw(r, { key: key(999) });
    expect(late.opened).toBe(false);
  });

  it('closes a socket that stops answering pings', async () => {
    const { room: r } = await room({ timing: { pingMs: 100, headersMs: 5_000 } });
    const silent = await raw(r, { autoPong: false });
    const alive = await raw(r);
    await silent.closed;
    expect(alive.ws.readyState).toBe(WebSocket.OPEN);
    await until(() => r.stats().sockets === 1);
  });

  it('closes a connection that never finishes its headers', async () => {
    const { room: r } = await room({ timing: { pingMs: 15_000, headersMs: 300 } });
    const half = connect(r.port, '127.0.0.1').resume();
    await new Promise((resolve) => half.once('connect', resolve));
    half.write(`GET /room/${r.token}/ws HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
    await new Promise((resolve) => half.once('close', resolve));
    expect(half.destroyed).toBe(true);
  });
});

describe('removing a person bars them', () => {
  it('keeps out their key and, unless the host lets them in from the lobby, their address', async () => {
    const { room: r } = await room();
    const lan = await raw(r, { key: key(5), from: '127.0.0.2' });
    await until(() => r.people().length === 1);
    expect(r.remove(r.people()[0]!.id)).toBe(true);
    expect(await lan.closed).toBe(ROOM_CLOSE.removed);
    // Site data cleared: a new key, the same address.
    const back = await raw(r, { key: key(6), from: '127.0.0.2' });
    expect(await back.closed).toBe(ROOM_CLOSE.removed);
    // Someone else on the network is not affected.
    const minh = await raw(r, { key: key(7), from: '127.0.0.3' });
    await until(() => r.people().length === 1);
    expect(minh.ws.readyState).toBe(WebSocket.OPEN);
    // With the lobby on, a new key from that address waits for the host's say.
    r.setLobby(true);
    const waiting = await raw(r, { key: key(8), from: '127.0.0.2' });
    await until(() => waiting.welcome()?.waiting === true);
    // The key itself stays out, lobby or not.
    const same = await raw(r, { key: key(5), from: '127.0.0.4' });
    expect(await same.closed).toBe(ROOM_CLOSE.removed);
  });

  it('disconnects a socket that keeps sending frames the room cannot read', async () => {
    const { room: r } = await room();
    const noisy = await raw(r);
    for (let i = 0; i < ROOM_LIMITS.malformedFrames; i++) noisy.ws.send(new Uint8Array([9, 9, 9]));
    expect(await noisy.closed).toBe(ROOM_CLOSE.malformed);
    expect(await waitFor(() => r.stats().sockets === 0)).toBe(true);
  });

  it('never bars this computer’s own address', async () => {
    const { room: r } = await room();
    await raw(r, { key: key(5) });
    await until(() => r.people().length === 1);
    expect(r.remove(r.people()[0]!.id)).toBe(false);
    const other = await raw(r, { key: key(6) });
    await until(() => r.people().length === 1);
    expect(other.ws.readyState).toBe(WebSocket.OPEN);
  });
});
