import type { StateCreator } from 'zustand';
import type { UiSlice, WaymarkState } from './types';

/** `#map=<id>` opens a map directly (links from the benchmark and, later, the OS). */
function initialRoute(): UiSlice['route'] {
  const id = typeof location === 'undefined' ? null : new URLSearchParams(location.hash.slice(1)).get('map');
  return id ? { screen: 'editor', mapId: id } : { screen: 'library' };
}

export const createUiSlice: StateCreator<WaymarkState, [], [], UiSlice> = (set) => ({
  route: initialRoute(),
  save: { state: 'saved', at: null },
  notice: null,
  navigate: (route) => set({ route }),
  menuRequest: null,
  setMenuRequest: (menuRequest) => set({ menuRequest }),
  setSave: (save) => set({ save }),
  setNotice: (notice) => set({ notice }),
  readOnly: false,
  setReadOnly: (readOnly) => set({ readOnly }),
});
