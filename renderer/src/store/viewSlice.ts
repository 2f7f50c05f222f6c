import type { StateCreator } from 'zustand';
import type { ViewSlice, WaymarkState } from './types';

export const createViewSlice: StateCreator<WaymarkState, [], [], ViewSlice> = (set, get) => ({
  cardHeights: {},
  reportCardHeight: (id, width, height) => {
    const known = get().cardHeights[id];
    // Ignore sub-pixel jitter so measuring never loops with layout.
    if (known && Math.abs(known.width - width) < 1 && Math.abs(known.height - height) < 2) return;
    set({ cardHeights: { ...get().cardHeights, [id]: { width, height } } });
  },
  dropTarget: null,
  setDropTarget: (cell) => {
    const now = get().dropTarget;
    if (now?.laneId === cell?.laneId && now?.stageId === cell?.stageId) return;
    set({ dropTarget: cell });
  },
});
