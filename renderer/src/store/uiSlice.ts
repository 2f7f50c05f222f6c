import type { StateCreator } from 'zustand';
import type { UiSlice, WaymarkState } from './types';

export const createUiSlice: StateCreator<WaymarkState, [], [], UiSlice> = (set) => ({
  route: { screen: 'library' },
  save: { state: 'saved', at: null },
  notice: null,
  navigate: (route) => set({ route }),
  setSave: (save) => set({ save }),
  setNotice: (notice) => set({ notice }),
});
