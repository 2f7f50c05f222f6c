import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import { createDocumentSlice } from './documentSlice';
import { createSelectionSlice } from './selectionSlice';
import type { WaymarkState } from './types';
import { createUiSlice } from './uiSlice';
import { createViewSlice } from './viewSlice';

const HISTORY_LIMIT = 200;

/**
 * One store from slices; history (zundo) wraps the combined store but records only the
 * document, so selection, routing and save status never become undo steps.
 */
export function createWaymarkStore() {
  const store = createStore<WaymarkState>()(
    temporal(
      (...a) => ({
        ...createDocumentSlice(...a),
        ...createSelectionSlice(...a),
        ...createUiSlice(...a),
        ...createViewSlice(...a),
      }),
      {
        partialize: (state) => ({ doc: state.doc }),
        equality: (a, b) => a.doc === b.doc,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return store;
}

export type WaymarkStore = ReturnType<typeof createWaymarkStore>;
