import { createStore } from 'zustand/vanilla';
import { DocumentBinding } from './documentBinding';
import { createDocumentSlice } from './documentSlice';
import { createSelectionSlice } from './selectionSlice';
import type { WaymarkState } from './types';
import { createUiSlice } from './uiSlice';
import { createViewSlice } from './viewSlice';

/**
 * One store from slices. The document goes through a DocumentBinding (a Yjs document and this
 * window's undo history); selection, routing and save status are never undo steps.
 */
export function createWaymarkStore() {
  let binding: DocumentBinding | null = null;
  const store = createStore<WaymarkState>()((...a) => ({
    ...createDocumentSlice(() => binding!)(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(...a),
    ...createViewSlice(...a),
  }));
  binding = new DocumentBinding(
    () => store.getState().doc,
    (doc) => store.getState().receiveDocument(doc),
  );
  return Object.assign(store, { history: binding.history, binding });
}

export type WaymarkStore = ReturnType<typeof createWaymarkStore>;
