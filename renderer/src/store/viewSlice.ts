import type { StateCreator } from 'zustand';
import type { ViewSlice, WaymarkState } from './types';

type Height = { width: number; height: number };

/** Waits for the next frame where there is one (the renderer), else a macrotask (tests in Node). */
const nextFrame = (fn: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(fn) : setTimeout(fn, 0);

export const createViewSlice: StateCreator<WaymarkState, [], [], ViewSlice> = (set, get) => {
  // Cards report their rendered heights one by one as they mount; applying each report on its
  // own would re-lay out the whole map once per card (quadratic on open). They are batched and
  // applied together once per frame.
  let pending: Map<string, Height> | null = null;
  const flush = () => {
    const batch = pending;
    pending = null;
    if (!batch || batch.size === 0) return;
    set({ cardHeights: { ...get().cardHeights, ...Object.fromEntries(batch) } });
  };
  return {
    cardHeights: {},
    reportCardHeight: (id, width, height) => {
      const known = pending?.get(id) ?? get().cardHeights[id];
      // Ignore sub-pixel jitter so measuring never loops with layout.
      if (known && Math.abs(known.width - width) < 1 && Math.abs(known.height - height) < 2) return;
      if (!pending) {
        pending = new Map();
        nextFrame(flush);
      }
      pending.set(id, { width, height });
    },
    blueprintCheck: false,
    setBlueprintCheck: (blueprintCheck) => set({ blueprintCheck }),
    present: null,
    // Notices belong to the editor, not to the projected screen.
    startPresenting: () =>
      set({
        present: { stage: 0, spotlight: true, blanked: false, capture: false },
        editingCardId: null,
        notice: null,
      }),
    stopPresenting: () => set({ present: null }),
    updatePresent: (patch) => {
      const now = get().present;
      const stages = get().doc?.stages.length ?? 1;
      if (!now) return;
      const next = { ...now, ...patch };
      set({ present: { ...next, stage: Math.max(0, Math.min(stages - 1, next.stage)) } });
    },
    sidePanel: 'inspector',
    setSidePanel: (sidePanel) => set({ sidePanel }),
    personaRevision: 0,
    personaEdited: () => set({ personaRevision: get().personaRevision + 1 }),
    nameToEdit: null,
    editName: (nameToEdit) => set({ nameToEdit }),
    dropTarget: null,
    setDropTarget: (cell) => {
      const now = get().dropTarget;
      if (now?.laneId === cell?.laneId && now?.stageId === cell?.stageId) return;
      set({ dropTarget: cell });
    },
  };
};
