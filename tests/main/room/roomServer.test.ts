import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { openRoom, ROOM_LIMITS, type Room } from '../../../electron/main/room/roomServer';
import { ROOM_MESSAGE as MESSAGE } from '../../../shared/collab/roomProtocol';
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
});
