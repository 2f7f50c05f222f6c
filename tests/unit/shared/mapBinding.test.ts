import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMapDoc, readMap, writeMap } from '../../../shared/collab/mapBinding';
import { settleMerged } from '../../../shared/collab/settleMerged';
import {
  addCard,
  addConnector,
  addStage,
  deleteCards,
  deleteStage,
  moveCards,
  renameStage,
  setEmotion,
  updateCard,
} from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { validateDocument } from '../../../shared/schema/validate';
import { sampleMap } from '../../helpers/sampleMap';

/** A peer that joined the host's document (same history, not a second copy of it). */
function peerOf(host: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(host));
  return peer;
}

/** Exchanges what each side has that the other lacks, as y-protocols' sync step 2 does. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** One person's edit: a model operation on what they see, reconciled into their Y.Doc. */
function edit(ydoc: Y.Doc, origin: string, op: (doc: JourneyMap) => JourneyMap): void {
  writeMap(ydoc, op(readMap(ydoc)), origin);
}

const cell = (doc: JourneyMap, stage = 0) => ({
  laneId: doc.lanes.find((l) => l.type === 'cards')!.id,
  stageId: doc.stages[stage]!.id,
});

describe('the map as a Yjs document', () => {
  it('reads back exactly the map it was written from', () => {
    const base = sampleMap();
    const doc = setEmotion(addConnector(base, 'c1', 'c2', 'k-new'), base.stages[1]!.id, 2, 'Vui');
    expect(readMap(createMapDoc(doc))).toEqual(doc);
  });

  it('keeps every unchanged object when one card changes (React Flow re-renders only that card)', () => {
    const doc = sampleMap();
    const ydoc = createMapDoc(doc);
    const before = readMap(ydoc, doc);
    // Nothing changed: the very same map comes back.
    expect(before).toBe(doc);
    writeMap(ydoc, updateCard(doc, 'c2', { text: 'Đổi nội dung' }));
    const after = readMap(ydoc, before);
    expect(after.cards.find((c) => c.id === 'c1')).toBe(before.cards.find((c) => c.id === 'c1'));
    expect(after.cards.find((c) => c.id === 'c2')).not.toBe(before.cards.find((c) => c.id === 'c2'));
    expect(after.stages).toBe(before.stages);
    expect(after.lanes).toBe(before.lanes);
  });

  it('merges two people typing in different cards, and in the same card, keeping every keystroke', () => {
    const host = createMapDoc(sampleMap());
    const phone = peerOf(host);
    edit(host, 'host', (d) => updateCard(d, 'c1', { text: `${d.cards[0]!.text} (host)` }));
    edit(phone, 'phone', (d) => updateCard(d, 'c2', { text: 'Từ điện thoại' }));
    edit(host, 'host', (d) => updateCard(d, 'c3', { text: 'Giá rẻ' }));
    edit(phone, 'phone', (d) => updateCard(d, 'c3', { text: 'Giá' + ' tốt' }));
    sync(host, phone);
    const merged = readMap(host);
    expect(readMap(phone)).toEqual(merged);
    expect(merged.cards.find((c) => c.id === 'c1')!.text).toMatch(/\(host\)$/);
    expect(merged.cards.find((c) => c.id === 'c2')!.text).toBe('Từ điện thoại');
    // Same card, same moment: both insertions after the common "Giá" survive.
    const c3 = merged.cards.find((c) => c.id === 'c3')!.text;
    expect(c3).toContain('rẻ');
    expect(c3).toContain('tốt');
  });

  it('keeps both cards two people add to one cell while one of them is offline', () => {
    const host = createMapDoc(sampleMap());
    const phone = peerOf(host);
    edit(host, 'host', (d) => addCard(d, { ...cell(d), id: 'h1', text: 'Từ máy chủ' }));
    edit(phone, 'phone', (d) => addCard(d, { ...cell(d), id: 'p1', text: 'Offline 1' }));
    edit(phone, 'phone', (d) => addCard(d, { ...cell(d), id: 'p2', text: 'Offline 2' }));
    sync(host, phone);
    const merged = settleMerged(readMap(host));
    expect(merged.cards.map((c) => c.id)).toEqual(expect.arrayContaining(['h1', 'p1', 'p2']));
    expect(readMap(phone)).toEqual(readMap(host));
    expect(validateDocument(merged).ok).toBe(true);
  });

  it('settles a card added to a stage someone else deleted: the deletion wins, the map stays valid', () => {
    const doc = sampleMap();
    const host = createMapDoc(doc);
    const phone = peerOf(host);
    const gone = doc.stages[1]!.id;
    edit(host, 'host', (d) => deleteStage(d, gone));
    edit(phone, 'phone', (d) => addCard(d, { ...cell(d, 1), id: 'late', text: 'Trễ' }));
    edit(phone, 'phone', (d) => addConnector(d, 'c1', 'late', 'k-late'));
    sync(host, phone);
    const raw = readMap(host);
    expect(validateDocument(raw).ok).toBe(false);
    const settled = settleMerged(raw);
    expect(settled.cards.some((c) => c.id === 'late')).toBe(false);
    expect(settled.connectors.some((c) => c.id === 'k-late')).toBe(false);
    expect(validateDocument(settled).ok).toBe(true);
    expect(settleMerged(settled)).toBe(settled);
  });

  it('keeps a map a map when two people delete its last stages at once: one empty stage comes back, the same on both', () => {
    let doc = sampleMap();
    while (doc.stages.length > 2) doc = deleteStage(doc, doc.stages[2]!.id);
    const host = createMapDoc(doc);
    const phone = peerOf(host);
    edit(host, 'host', (d) => deleteStage(d, d.stages[0]!.id));
    edit(phone, 'phone', (d) => deleteStage(d, d.stages[1]!.id));
    sync(host, phone);
    const a = settleMerged(readMap(host));
    expect(a.stages).toEqual([
      { id: 'restored-stage', name: expect.any(String), width: null, detail: null, steps: [] },
    ]);
    expect(settleMerged(readMap(phone))).toEqual(a);
    expect(validateDocument(a).ok).toBe(true);
  });

  it('undoes only the person’s own edits: undo never removes someone else’s card', () => {
    const host = createMapDoc(sampleMap());
    const phone = peerOf(host);
    const collections = ['meta', 'stages', 'lanes', 'cards', 'cardsOrder', 'emotions', 'connectors'];
    const undo = new Y.UndoManager(
      collections.map((n) => (n.endsWith('Order') ? host.getArray(n) : host.getMap(n))),
      { trackedOrigins: new Set(['host']), captureTimeout: 0 },
    );
    edit(host, 'host', (d) => addCard(d, { ...cell(d), id: 'mine', text: 'Của tôi' }));
    edit(phone, 'phone', (d) => addCard(d, { ...cell(d), id: 'theirs', text: 'Của bạn' }));
    sync(host, phone);
    undo.undo();
    const after = readMap(host);
    expect(after.cards.some((c) => c.id === 'mine')).toBe(false);
    expect(after.cards.some((c) => c.id === 'theirs')).toBe(true);
  });

  it('converges: random edits by two peers, synced in any order, give both the same valid map', () => {
    type Op = (d: JourneyMap) => JourneyMap;
    const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
    const opArb = fc.oneof(
      fc.record({ i: fc.nat(), text: fc.string({ maxLength: 12 }) }).map(
        ({ i, text }): Op =>
          (d) =>
            d.cards.length ? updateCard(d, pick(d.cards, i).id, { text }) : d,
      ),
      fc.record({ i: fc.nat(), id: fc.uuid() }).map(
        ({ i, id }): Op =>
          (d) =>
            addCard(d, { ...cell(d, i % d.stages.length), id }),
      ),
      fc.nat().map(
        (i): Op =>
          (d) =>
            d.cards.length ? deleteCards(d, [pick(d.cards, i).id]) : d,
      ),
      fc.record({ i: fc.nat(), j: fc.nat() }).map(
        ({ i, j }): Op =>
          (d) =>
            d.cards.length ? moveCards(d, [pick(d.cards, i).id], cell(d, j % d.stages.length), 0) : d,
      ),
      fc.record({ i: fc.nat(), name: fc.string({ minLength: 1, maxLength: 8 }) }).map(
        ({ i, name }): Op =>
          (d) =>
            /\S/.test(name) ? renameStage(d, pick(d.stages, i).id, name) : d,
      ),
      fc.uuid().map(
        (id): Op =>
          (d) =>
            d.stages.length < 8 ? addStage(d, { id, name: 'Mới' }) : d,
      ),
      fc.nat().map(
        (i): Op =>
          (d) =>
            d.stages.length > 2 ? deleteStage(d, pick(d.stages, i).id) : d,
      ),
      fc.record({ i: fc.nat(), j: fc.nat() }).map(({ i, j }): Op => (d) => {
        if (d.cards.length < 2) return d;
        const [a, b] = [pick(d.cards, i), pick(d.cards, j)];
        return a.id === b.id || d.connectors.some((c) => c.from === a.id && c.to === b.id)
          ? d
          : addConnector(d, a.id, b.id);
      }),
    );
    const safely =
      (op: Op): Op =>
      (d) => {
        try {
          return op(d);
        } catch {
          return d; // an edit the model refuses changes nothing, as in the editor
        }
      };
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 12 }),
        fc.array(opArb, { maxLength: 12 }),
        fc.boolean(),
        (mine, theirs, midSync) => {
          const host = createMapDoc(sampleMap());
          const phone = peerOf(host);
          mine.forEach((op, k) => {
            edit(host, 'host', (d) => settleMerged(safely(op)(settleMerged(d))));
            if (midSync && k === Math.floor(mine.length / 2)) sync(host, phone);
          });
          for (const op of theirs) edit(phone, 'phone', (d) => settleMerged(safely(op)(settleMerged(d))));
          sync(host, phone);
          const a = settleMerged(readMap(host));
          const b = settleMerged(readMap(phone));
          expect(b).toEqual(a);
          const checked = validateDocument(a);
          expect(checked.ok ? '' : checked.message).toBe('');
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });
});
