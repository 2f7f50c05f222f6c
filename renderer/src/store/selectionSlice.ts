import type { StateCreator } from 'zustand';
import type { SelectionSlice, WaymarkState } from './types';

export const createSelectionSlice: StateCreator<WaymarkState, [], [], SelectionSlice> = (set, get) => ({
  selectedCardIds: [],
  selectedConnectorIds: [],
  editingCardId: null,
  activeCell: null,
  select: (cardIds, connectorIds = []) => {
    const card = get().doc?.cards.find((c) => c.id === cardIds[cardIds.length - 1]);
    set({
      selectedCardIds: cardIds,
      selectedConnectorIds: connectorIds,
      ...(card ? { activeCell: { laneId: card.laneId, stageId: card.stageId } } : {}),
    });
  },
  startEditing: (id) => {
    if (id) get().select([id]);
    // A read-only library opens no editor: the refusal is said before anything is typed.
    if (id && get().readOnly) {
      set({ notice: { key: 'library.readOnlyEdit' } });
      return;
    }
    set({ editingCardId: id });
  },
  setActiveCell: (activeCell) => set({ activeCell }),
});
