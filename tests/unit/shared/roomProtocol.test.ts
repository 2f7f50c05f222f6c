import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ORIGINS, UNDOABLE_ORIGINS, isRelayed } from '../../../shared/collab/origins';
import { ROOM_MESSAGE, roomFrame } from '../../../shared/collab/roomProtocol';

describe('Yjs transaction origins', () => {
  it('let only this window’s own edits into the undo history', () => {
    expect([...UNDOABLE_ORIGINS]).toEqual([ORIGINS.local]);
  });

  it('never send a change back across the boundary it came over; anything else goes on', () => {
    const doc = new Y.Doc();
    const sent: unknown[] = [];
    doc.on('update', (_u: Uint8Array, origin: unknown) => isRelayed(origin) && sent.push(origin));
    doc.transact(() => doc.getMap('meta').set('a', 1), ORIGINS.local);
    doc.transact(() => doc.getMap('meta').set('b', 1), ORIGINS.fromRoom);
    doc.transact(() => doc.getMap('meta').set('c', 1), ORIGINS.fromHost);
    doc.transact(() => doc.getMap('meta').set('d', 1), ORIGINS.hostSession);
    doc.getMap('meta').set('e', 1);
    expect(sent).toEqual([ORIGINS.local, ORIGINS.hostSession, null]);
  });
});

describe('room frames', () => {
  it('read back what they wrote: JSON frames and y-protocols bodies', () => {
    const people = [{ id: 'p1', name: 'Lan' }];
    const decoded = roomFrame.decode(roomFrame.json(ROOM_MESSAGE.people, people));
    expect(decoded.type).toBe(ROOM_MESSAGE.people);
    expect(roomFrame.readJson(decoded.body)).toEqual(people);
    const raw = roomFrame.decode(
      roomFrame.encode(ROOM_MESSAGE.awareness, (e) => encoding.writeVarUint8Array(e, new Uint8Array([7, 8]))),
    );
    expect(raw.type).toBe(ROOM_MESSAGE.awareness);
    expect([...decoding.readVarUint8Array(raw.body)]).toEqual([7, 8]);
  });

  it('sync two documents through replies alone', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getMap('meta').set('title', 'Đặt vé xe khách Tết');
    // b asks (step 1), a answers (step 2), b applies it.
    const ask = roomFrame.encode(ROOM_MESSAGE.sync, (e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, Y.encodeStateVector(b));
    });
    const answer = roomFrame.syncReply(roomFrame.decode(ask).body, a, ORIGINS.fromRoom)!;
    expect(roomFrame.syncReply(roomFrame.decode(answer).body, b, ORIGINS.fromRoom)).toBeNull();
    expect(b.getMap('meta').get('title')).toBe('Đặt vé xe khách Tết');
  });
});
