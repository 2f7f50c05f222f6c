import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as sync from 'y-protocols/sync';
import { openRoom, type Room } from '../../../electron/main/room/roomServer';
import { ROOM_LIMITS } from '../../../shared/model/limits';
import { ROOM_CLOSE, ROOM_MESSAGE as MESSAGE, roomFrame } from '../../../shared/collab/roomProtocol';
import { HIDDEN_KEY, hiddenCards, NO_SESSION, SESSION_KEY, writeSession } from '../../../shared/collab/roomSession';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { createMapDoc, readMap } from '../../../shared/collab/mapBinding';
import { participant, until } from '../../helpers/roomParticipant';
import { addCard, updateCard } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { sampleMap } from '../../helpers/sampleMap';

const rooms: Room[] = [];
afterEach(async () => {
  await Promise.all(rooms.splice(0).map((r) => r.close()));
});

async function room() {
  const doc = createMapDoc(sampleMap());
  const r = await openRoom({ host: '127.0.0.1', doc });
  rooms.push(r);
  return { room: r, doc };
}

const cell = (d: JourneyMap) => ({ laneId: d.lanes.find((l) => l.type === 'cards')!.id, stageId: d.stages[0]!.id });
const texts = (doc: Y.Doc) => readMap(doc).cards.map((c) => c.text);

describe('the workshop room server', () => {
  it('answers without the token only with a page saying to ask the facilitator, and refuses its socket', async () => {
    const { room: r } = await room();
    const page = await fetch(`http://127.0.0.1:${r.port}/room/not-the-token`);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('Ask the facilitator');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'");
    const wrong = new WebSocket(`ws://127.0.0.1:${r.port}/room/${'0'.repeat(32)}/ws`);
    await new Promise((resolve) => wrong.once('error', resolve));
    expect(r.token).toMatch(/^[0-9a-f]{32}$/);
  });

  it('relays a participant’s new card to the host and the other participants', async () => {
    const { room: r, doc } = await room();
    const lan = await participant(r.url);
    const minh = await participant(r.url);
    lan.edit((d) => addCard(d, { ...cell(d), id: 'lan-1', text: 'Giao hàng chậm' }), 'lan-1');
    await until(() => texts(doc).includes('Giao hàng chậm'));
    await until(() => texts(minh.doc).includes('Giao hàng chậm'));
    expect(lan.refusals).toEqual([]);
  });

  it('drops a participant’s change to the host’s card and tells them; nobody else sees it', async () => {
    const { room: r, doc } = await room();
    const lan = await participant(r.url);
    const minh = await participant(r.url);
    const before = Y.encodeStateVector(doc);
    lan.edit((d) => updateCard(d, 'c1', { text: 'Bị sửa trộm' }));
    await until(() => lan.refusals.length === 1);
    expect(lan.refusals[0]!.key).toBe('room.refused.notYourCard');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(texts(minh.doc)).not.toContain('Bị sửa trộm');
  });

  it('lets a co-facilitator change anything valid', async () => {
    const { room: r, doc } = await room();
    const minh = await participant(r.url);
    r.setRole(r.people()[0]!.id, 'cofacilitator');
    minh.edit((d) => updateCard(d, 'c1', { text: 'Sửa bởi đồng điều phối' }));
    await until(() => texts(doc).includes('Sửa bởi đồng điều phối'));
  });

  it('survives hostile clients: garbage, oversized and forged messages change nothing', async () => {
    const { room: r, doc } = await room();
    const before = Y.encodeStateVector(doc);
    const raw = new WebSocket(`${r.url.replace('http', 'ws')}/ws`);
    const refused: string[] = [];
    raw.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(d) === MESSAGE.refused) refused.push(decoding.readVarString(d));
    });
    await new Promise((resolve) => raw.once('open', resolve));
    raw.send(new Uint8Array([0, 2, 5, 1, 2, 3])); // a sync update frame holding garbage
    raw.send(new Uint8Array([0, 9, 9, 9])); // an unknown sync message
    await until(() => refused.length >= 1);
    // An update built on changes the room never received cannot be checked: refused, not kept.
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(doc));
    elsewhere.getMap('meta').set('title', 'Bước một');
    const stateAfterFirst = Y.encodeStateVector(elsewhere);
    elsewhere.getMap('meta').set('title', 'Bước hai');
    const second = Y.encodeStateAsUpdate(elsewhere, stateAfterFirst);
    const frame = roomFrame.encode(MESSAGE.sync, (e) => sync.writeUpdate(e, second));
    // Even from a co-facilitator, who may change the title.
    r.setRole(r.people()[0]!.id, 'cofacilitator');
    const count = refused.length;
    raw.send(frame);
    await until(() => refused.length === count + 1);
    expect(refused.at(-1)).toContain('room.refused.malformed');
    expect(readMap(doc).title).toBe(sampleMap().title);
    // Claiming a card for someone else is refused like editing it.
    const lan = await participant(r.url);
    lan.edit((d) => addCard(d, { ...cell(d), id: 'forged', text: 'Giả danh' }));
    await until(() => lan.refusals.length === 1);
    // Over the size limit: the socket is closed by the server.
    const closed = new Promise((resolve) => raw.once('close', resolve));
    raw.send(new Uint8Array(ROOM_LIMITS.messageBytes + 1));
    await closed;
    expect(Y.encodeStateVector(doc)).toEqual(before);
    // Still serving.
    const ok = await participant(r.url);
    expect(texts(ok.doc).length).toBe(readMap(doc).cards.length);
  });

  it('closing the room disconnects everyone and stops listening', async () => {
    const { room: r } = await room();
    const lan = await participant(r.url);
    const gone = new Promise((resolve) => lan.socket.once('close', resolve));
    await r.close();
    rooms.splice(rooms.indexOf(r), 1);
    await gone;
    await expect(fetch(`http://127.0.0.1:${r.port}/`)).rejects.toThrow();
  });

  it('lists people by the name they give, knows a person again by their browser key, and keeps their cards theirs', async () => {
    const { room: r, doc } = await room();
    const key = 'a'.repeat(32);
    const lan = await participant(r.url, key);
    lan.present({ name: 'Lan', stage: readMap(doc).stages[1]!.id, editing: false });
    await until(() => r.people()[0]?.name === 'Lan');
    expect(r.people()[0]).toMatchObject({ role: 'participant', stage: readMap(doc).stages[1]!.id });
    const minh = await participant(r.url);
    minh.present({ name: 'Minh', stage: null, editing: true });
    await until(() => lan.people().length === 2 && lan.people().some((p) => p.name === 'Minh' && p.editing));
    // The key itself never reaches anyone: ids are a hash of it.
    expect(JSON.stringify(lan.people())).not.toContain(key);

    lan.edit((d) => addCard(d, { ...cell(d), id: 'lan-1', text: 'Của Lan' }), 'lan-1');
    await until(() => texts(doc).includes('Của Lan'));
    lan.socket.close();
    await until(() => r.people().length === 1);
    // Back with the same key (a lost connection, a reloaded page): still Lan, still her card.
    const back = await participant(r.url, key);
    expect(back.me()).toBe(lan.me());
    back.edit((d) => updateCard(d, 'lan-1', { text: 'Của Lan, sửa lại' }));
    await until(() => texts(doc).includes('Của Lan, sửa lại'));
    expect(back.refusals).toEqual([]);
  });

  it('refuses presence sent for someone else’s awareness client or not shaped like presence', async () => {
    const { room: r } = await room();
    const lan = await participant(r.url);
    lan.present({ name: 'Lan', stage: null, editing: false });
    await until(() => r.people()[0]?.name === 'Lan');
    const minh = await participant(r.url);
    // Minh speaks for Lan's awareness client: refused, Lan keeps her name.
    const forged = new awarenessProtocol.Awareness(new Y.Doc());
    forged.clientID = lan.doc.clientID;
    forged.setLocalState({ name: 'Kẻ giả', stage: null, editing: false });
    minh.socket.send(
      roomFrame.encode(MESSAGE.awareness, (e) =>
        encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(forged, [forged.clientID])),
      ),
    );
    await until(() => minh.refusals.length === 1);
    minh.present({ name: 'x'.repeat(500), stage: null, editing: false });
    await until(() => minh.refusals.length === 2);
    expect(
      r
        .people()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['', 'Lan']);
  });

  it('gives a promoted person full edit at once, and a removed one is disconnected and kept out', async () => {
    const { room: r, doc } = await room();
    const key = 'b'.repeat(32);
    const minh = await participant(r.url, key);
    r.setRole(minh.me(), 'cofacilitator');
    await until(() => minh.people()[0]?.role === 'cofacilitator');
    minh.edit((d) => updateCard(d, 'c1', { text: 'Đồng điều phối sửa' }));
    await until(() => texts(doc).includes('Đồng điều phối sửa'));
    r.setRole(minh.me(), 'participant');
    await until(() => minh.people()[0]?.role === 'participant');
    minh.edit((d) => updateCard(d, 'c1', { text: 'Không được nữa' }));
    await until(() => minh.refusals.length === 1);

    const closed = new Promise<number>((resolve) => minh.socket.once('close', resolve));
    r.remove(minh.me());
    expect(await closed).toBe(ROOM_CLOSE.removed);
    const again = new WebSocket(`${r.url.replace('http', 'ws')}/ws?key=${key}`);
    expect(await new Promise<number>((resolve) => again.once('close', resolve))).toBe(ROOM_CLOSE.removed);
    expect(r.people()).toEqual([]);
  });

  it('lets only the host change the room’s settings or reveal hidden cards', async () => {
    const { room: r, doc } = await room();
    const lan = await participant(r.url);
    const before = Y.encodeStateVector(doc);
    lan.doc.getMap(SESSION_KEY).set('state', { ...NO_SESSION, vote: { dots: 99, types: ['note'] } });
    await until(() => lan.refusals.length === 1);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    // Hiding one's own new card during silent brainstorm is allowed; hiding the host's card is not.
    writeSession(doc, { ...NO_SESSION, silent: true }, 'host');
    const lan2 = await participant(r.url);
    // In one transaction, as the phone page adds a card during silent brainstorm.
    lan2.doc.transact(() => {
      lan2.edit((d) => addCard(d, { ...cell(d), id: 'secret', text: 'Bí mật' }), 'secret');
      lan2.doc.getMap(HIDDEN_KEY).set('secret', true);
    });
    await until(() => hiddenCards(doc).has('secret'));
    lan2.doc.getMap(HIDDEN_KEY).set('c1', true);
    await until(() => lan2.refusals.length === 1);
    expect(hiddenCards(doc).has('c1')).toBe(false);
  });

  it('keeps newcomers in the lobby with no map until the host lets them in; those already in stay in', async () => {
    const { room: r, doc } = await room();
    const lan = await participant(r.url);
    lan.present({ name: 'Lan', stage: null, editing: false });
    r.setLobby(true);
    const stranger = await participant(r.url, undefined, { map: false });
    stranger.present({ name: 'Người lạ', stage: null, editing: false });
    await until(() => r.people().some((p) => p.name === 'Người lạ' && p.waiting));
    // No map for them, nothing they send is applied, and the room does not list them.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readMap(stranger.doc).cards ?? []).toEqual([]);
    stranger.edit((d) => ({ ...d, title: 'Chiếm phòng' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readMap(doc).title).toBe(sampleMap().title);
    expect(lan.people().map((p) => p.name)).toEqual(['Lan']);
    // Let in: the map arrives, and everyone sees them.
    r.admit(r.people().find((p) => p.name === 'Người lạ')!.id);
    await until(() => readMap(stranger.doc).cards?.length === readMap(doc).cards.length);
    await until(() => lan.people().some((p) => p.name === 'Người lạ'));
    expect(r.people().every((p) => !p.waiting)).toBe(true);
  });
});
