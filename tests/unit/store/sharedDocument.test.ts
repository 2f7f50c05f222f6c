import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMap, writeMap } from '../../../shared/collab/mapBinding';
import { addCard, deleteCards, deleteStage, updateCard } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { createWaymarkStore } from '../../../renderer/src/store/createWaymarkStore';
import { sampleMap } from '../../helpers/sampleMap';

const cell = (doc: JourneyMap) => ({
  laneId: doc.lanes.find((l) => l.type === 'cards')!.id,
  stageId: doc.stages[0]!.id,
});

/** The store with a map open, and a second person editing the same Y.Doc (a workshop room's peer). */
function withPeer() {
  const store = createWaymarkStore();
  store.getState().openMap({ document: sampleMap(), revision: 1 });
  const host = store.binding.document()!;
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(host));
  const fromPeer = (op: (d: JourneyMap) => JourneyMap) => {
    writeMap(peer, op(readMap(peer)), 'peer');
    Y.applyUpdate(host, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(host)), 'room');
  };
  return { store, fromPeer };
}

describe('one document layer for solo and shared editing', () => {
  it('shows a peer’s edit in the store, reusing every card it did not touch', () => {
    const { store, fromPeer } = withPeer();
    const before = store.getState().doc!;
    fromPeer((d) => updateCard(d, 'c2', { text: 'Sửa từ điện thoại' }));
    const after = store.getState().doc!;
    expect(after.cards.find((c) => c.id === 'c2')!.text).toBe('Sửa từ điện thoại');
    expect(after.cards.find((c) => c.id === 'c1')).toBe(before.cards.find((c) => c.id === 'c1'));
    expect(after.stages).toBe(before.stages);
  });

  it('undoes only this window’s edits, never a peer’s card', () => {
    const { store, fromPeer } = withPeer();
    store.getState().change((d) => addCard(d, { ...cell(d), id: 'mine', text: 'Của tôi' }));
    fromPeer((d) => addCard(d, { ...cell(d), id: 'theirs', text: 'Của bạn' }));
    expect(store.history.getState().undoSteps).toHaveLength(1);
    store.history.getState().undo();
    const ids = store.getState().doc!.cards.map((c) => c.id);
    expect(ids).toContain('theirs');
    expect(ids).not.toContain('mine');
  });

  it('drops cards that disappear from the selection and closes their editor', () => {
    const { store, fromPeer } = withPeer();
    store.getState().select(['c1', 'c2']);
    store.getState().startEditing('c2');
    fromPeer((d) => deleteCards(d, ['c2']));
    expect(store.getState().selectedCardIds).toEqual([]);
    expect(store.getState().editingCardId).toBeNull();
    store.getState().select(['c1']);
    store.getState().change((d) => addCard(d, { ...cell(d), id: 'n1' }));
    store.getState().select(['n1']);
    store.history.getState().undo();
    expect(store.getState().selectedCardIds).toEqual([]);
  });

  it('merges a typing burst into one undo step, and a new edit starts the next', () => {
    const store = createWaymarkStore();
    const start = sampleMap();
    store.getState().openMap({ document: start, revision: 1 });
    for (const text of ['G', 'Gi', 'Gia'])
      store.getState().change((d) => updateCard(d, 'c1', { text }), { coalesce: 'c1' });
    store.getState().change((d) => updateCard(d, 'c2', { text: 'khác' }));
    expect(store.history.getState().undoSteps).toHaveLength(2);
    store.history.getState().undo();
    store.history.getState().undo();
    expect(store.getState().doc).toEqual(start);
  });
});

describe('a merge that meets badly', () => {
  it('is settled in the document itself, so the store, the Y.Doc and the peers agree', () => {
    const store = createWaymarkStore();
    store.getState().openMap({ document: sampleMap(), revision: 1 });
    const host = store.binding.document()!;
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(host));
    const stage = store.getState().doc!.stages[1]!.id;
    const lane = store.getState().doc!.lanes.find((l) => l.type === 'cards')!.id;
    // The host adds a card to stage 2 while, unaware, the peer deletes stage 2.
    store.getState().change((d) => addCard(d, { laneId: lane, stageId: stage, id: 'late', text: 'Trễ' }));
    writeMap(peer, deleteStage(readMap(peer), stage), 'peer');
    Y.applyUpdate(host, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(host)), 'room');
    expect(store.getState().doc!.cards.some((c) => c.id === 'late')).toBe(false);
    expect(readMap(host).cards.some((c) => c.id === 'late')).toBe(false);
    // A later edit of the host's does not bring the card back, and the peer ends with the same map.
    store.getState().change((d) => updateCard(d, 'c1', { text: 'sau đó' }));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(host, Y.encodeStateVector(peer)));
    expect(readMap(peer)).toEqual(readMap(host));
    expect(readMap(host)).toEqual(store.getState().doc);
  });
});
