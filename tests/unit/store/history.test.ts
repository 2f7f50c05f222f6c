import { describe, expect, it } from 'vitest';
import { addCard, updateCard } from '../../../shared/model/operations';
import { createWaymarkStore } from '../../../renderer/src/store/createWaymarkStore';
import { sampleMap } from '../../helpers/sampleMap';

function openedStore() {
  const store = createWaymarkStore();
  const doc = sampleMap();
  store.getState().openMap({ document: doc, revision: 3 });
  return { store, doc };
}

describe('undo history', () => {
  it('starts empty when a map is opened', () => {
    const { store } = openedStore();
    expect(store.history.getState().undoSteps).toHaveLength(0);
    expect(store.getState().revision).toBe(3);
    expect(store.getState().save.state).toBe('saved');
  });

  it('undoes and redoes document changes one step at a time', () => {
    const { store, doc } = openedStore();
    const lane = doc.lanes[0]!.id;
    store.getState().change((d) => addCard(d, { laneId: lane, stageId: d.stages[2]!.id, id: 'n1', text: 'a' }));
    store.getState().change((d) => updateCard(d, 'n1', { text: 'b' }));
    const { undo, redo } = store.history.getState();
    undo();
    expect(store.getState().doc!.cards.find((c) => c.id === 'n1')!.text).toBe('a');
    undo();
    expect(store.getState().doc).toEqual(doc);
    redo();
    redo();
    expect(store.getState().doc!.cards.find((c) => c.id === 'n1')!.text).toBe('b');
  });

  it('does not record selection, view or save status as steps', () => {
    const { store } = openedStore();
    store.getState().select(['c1']);
    store.getState().setSave({ state: 'pending' });
    store.getState().reportCardHeight('c1', 200, 90);
    store.getState().navigate({ screen: 'library' });
    expect(store.history.getState().undoSteps).toHaveLength(0);
  });

  it('ignores an edit that returns the same document', () => {
    const { store } = openedStore();
    store.getState().change((d) => d);
    expect(store.history.getState().undoSteps).toHaveLength(0);
  });

  it('forgets the previous map’s history when another map opens', () => {
    const { store, doc } = openedStore();
    store.getState().change((d) => updateCard(d, 'c1', { text: 'x' }));
    store.getState().openMap({ document: { ...sampleMap(), id: 'other' }, revision: 1 });
    expect(store.history.getState().undoSteps).toHaveLength(0);
    expect(store.getState().doc!.id).not.toBe(doc.id);
  });
});
