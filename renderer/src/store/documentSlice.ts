import type { StateCreator } from 'zustand';
import type { DocumentSlice, WaymarkState } from './types';

type WithHistory = { temporal?: { getState(): { clear(): void } } };

export const createDocumentSlice: StateCreator<WaymarkState, [], [], DocumentSlice> = (set, _get, api) => ({
  doc: null,
  revision: 0,
  openMap: ({ document, revision }) => {
    set({
      doc: document,
      revision,
      save: { state: 'saved', at: document.updatedAt },
      selectedCardIds: [],
      editingCardId: null,
    });
    // Opening a map is not an edit: its history starts empty (zundo records inside `set`).
    (api as WithHistory).temporal?.getState().clear();
  },
  closeMap: () => set({ doc: null, revision: 0, selectedCardIds: [], editingCardId: null }),
  change: (edit) =>
    set((state) => {
      if (!state.doc) return {};
      const next = edit(state.doc);
      return next === state.doc ? {} : { doc: next };
    }),
  confirmSaved: (revision, at) => set({ revision, save: { state: 'saved', at } }),
});
