import type { StateCreator } from 'zustand';
import type { Panels, UiSlice, WaymarkState } from './types';

/** `#map=<id>` opens a map directly (links from the benchmark and, later, the OS). */
function initialRoute(): UiSlice['route'] {
  const id = typeof location === 'undefined' ? null : new URLSearchParams(location.hash.slice(1)).get('map');
  return id ? { screen: 'editor', mapId: id } : { screen: 'library' };
}

const PANELS_KEY = 'waymark.panels';
/** The window width from which the overview starts shown. */
export const OVERVIEW_MIN_WIDTH = 1600;
const ALL_OPEN: Panels = { palette: true, side: true, overview: true, mapHead: true };

/** The panels as last left on this computer; all open the first time. */
function savedPanels(): Panels {
  try {
    const saved = JSON.parse(localStorage.getItem(PANELS_KEY) ?? '{}') as Partial<Panels>;
    return {
      palette: saved.palette !== false,
      side: saved.side !== false,
      // Shown where the window is wide enough for it beside the cards; on a laptop it would sit
      // over the third stage's cards, so it starts folded there (its button in the corner).
      overview: saved.overview ?? (typeof innerWidth === 'number' ? innerWidth >= OVERVIEW_MIN_WIDTH : true),
      // Open where the height allows; on a laptop screen it starts folded to one line.
      mapHead: saved.mapHead ?? (typeof innerHeight === 'number' ? innerHeight >= 900 : true),
    };
  } catch {
    return ALL_OPEN;
  }
}

export const createUiSlice: StateCreator<WaymarkState, [], [], UiSlice> = (set, get) => ({
  route: initialRoute(),
  save: { state: 'saved', at: null },
  notice: null,
  navigate: (route) => set({ route }),
  dialog: null,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setSave: (save) => set({ save }),
  setNotice: (notice) => set({ notice }),
  readOnly: false,
  setReadOnly: (readOnly) => set({ readOnly }),
  roomPanel: false,
  // The room's panel is a tab of the side column, beside the map (never over its stages).
  setRoomPanel: (roomPanel) =>
    set((s) => ({
      roomPanel,
      sidePanel: roomPanel ? 'room' : s.sidePanel === 'room' ? 'inspector' : s.sidePanel,
      panels: roomPanel ? { ...s.panels, side: true } : s.panels,
    })),
  room: null,
  setRoom: (room) => set({ room }),
  libraryTitles: null,
  setLibraryTitles: (libraryTitles) => set({ libraryTitles }),
  libraryPersonas: null,
  setLibraryPersonas: (libraryPersonas) => set({ libraryPersonas }),
  citedInsights: null,
  setCitedInsights: (citedInsights) => set({ citedInsights }),
  insightsVersion: 0,
  insightsChanged: () => set((s) => ({ insightsVersion: s.insightsVersion + 1 })),
  mapView: 'canvas',
  backlogSelected: null,
  setMapView: (mapView, selected) =>
    set((s) => ({ mapView, backlogSelected: selected === undefined ? s.backlogSelected : selected })),
  personaFocus: null,
  setPersonaFocus: (personaFocus) => set({ personaFocus }),
  trail: [],
  setTrail: (trail) => set({ trail }),
  panels: typeof localStorage === 'undefined' ? ALL_OPEN : savedPanels(),
  togglePanel: (panel) => {
    const panels = { ...get().panels, [panel]: !get().panels[panel] };
    set({ panels });
    try {
      localStorage.setItem(PANELS_KEY, JSON.stringify(panels));
    } catch {
      // Not remembered; the panel still opens and closes.
    }
  },
});
