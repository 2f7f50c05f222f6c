import type { StateCreator } from 'zustand';
import type { SelectionSlice, WaymarkState } from './types';

export const createSelectionSlice: StateCreator<WaymarkState, [], [], SelectionSlice> = (set) => ({
  selectedCardIds: [],
  editingCardId: null,
  select: (ids) => set({ selectedCardIds: ids }),
  startEditing: (id) => set({ editingCardId: id, selectedCardIds: id ? [id] : [] }),
});
