import type { RoomMember } from '../../../shared/collab/roomPresence';
import type { RoomSession } from '../../../shared/collab/roomSession';
import type { ExportFormatId } from '../../../shared/exchange/exportFormats';
import type { LoadedMap } from '../../../shared/ipc/contract';
import type { JourneyMap } from '../../../shared/model/types';
import type { LibraryInsight } from '../../../shared/model/insight';
import type { Translatable } from '../../../shared/ipc/errors';

export type SaveStatus =
  | { state: 'saved'; at: string | null }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; message: string; code: string; i18n?: Translatable };

export type Route =
  | { screen: 'library' }
  /** `opportunity`: open on the map's backlog with that opportunity chosen. */
  | { screen: 'editor'; mapId: string; opportunity?: string }
  /** A future-state map compared with the current-state map it was derived from. */
  | { screen: 'compare'; mapId: string };

export type SidePanel = 'inspector' | 'persona' | 'insights' | 'history' | 'guide' | 'metrics' | 'room';
export type MapView = 'canvas' | 'backlog';

/** Presentation (workshop) mode: which stage is shown, how, and whether the screen is blanked. */
export interface PresentState {
  stage: number;
  /** One stage at a time, the others dimmed; false shows the whole map. */
  spotlight: boolean;
  blanked: boolean;
  /** The facilitator asked for the add-card buttons (live capture); otherwise no editing chrome. */
  capture: boolean;
}

export interface DocumentSlice {
  /** The open map; the source of truth that canvas nodes are derived from. */
  doc: JourneyMap | null;
  /** The revision the main process last confirmed for `doc`; saves are based on it. */
  revision: number;
  /** Counts openMap calls: a document that arrives with a new count was loaded, not edited. */
  opened: number;
  openMap: (loaded: LoadedMap) => void;
  closeMap: () => void;
  /**
   * Applies a pure edit (shared/model/operations) as one undoable step. Edits sharing a
   * `coalesce` key in quick succession (a typing burst in a field) merge into one step. An
   * edit the model refuses changes nothing and its reason becomes the notice; returns whether
   * the edit applied.
   */
  change: (edit: (doc: JourneyMap) => JourneyMap, options?: { coalesce?: string }) => boolean;
  confirmSaved: (revision: number, at: string) => void;
  /** A document changed outside this window's edits (undo, redo, a workshop room's peers). */
  receiveDocument: (doc: JourneyMap) => void;
}

export interface CellRef {
  laneId: string;
  stageId: string;
}

export interface SelectionSlice {
  selectedCardIds: string[];
  selectedConnectorIds: string[];
  editingCardId: string | null;
  /** The cell new cards go to from the keyboard or a paste: last clicked cell or selected card's. */
  activeCell: CellRef | null;
  select: (cardIds: string[], connectorIds?: string[]) => void;
  startEditing: (id: string | null) => void;
  setActiveCell: (cell: CellRef | null) => void;
}

/** A notice: text, or a catalogue key translated when shown (so it follows a language switch),
 * optionally about a file the person may open or show in its folder (an export). */
export type NoticeValue = string | (Translatable & { file?: string; tone?: 'error' });

/**
 * What a command asks a screen to open: typed, so a screen reads its own requests without
 * parsing strings (Excalidraw's openDialog).
 */
export type DialogRequest =
  | { kind: 'newMap' }
  | { kind: 'import' }
  | { kind: 'export'; format: ExportFormatId }
  | { kind: 'shortcuts' }
  | { kind: 'about' };

export interface Panels {
  palette: boolean;
  side: boolean;
  overview: boolean;
  /** The persona and scenario above the map: open, or folded to one line. */
  mapHead: boolean;
}

export interface UiSlice {
  route: Route;
  save: SaveStatus;
  /** A message for the user that is not tied to saving (failed open, moved library …): text, or
   * a catalogue key the interface translates (edits refused by the model). */
  notice: NoticeValue | null;
  navigate: (route: Route) => void;
  /** Something a menu asked a screen to do once it shows (open a dialog, start an export). */
  /** The dialog (or file picker) asked for, until the screen that shows it takes it. */
  dialog: DialogRequest | null;
  openDialog: (dialog: DialogRequest) => void;
  closeDialog: () => void;
  setSave: (status: SaveStatus) => void;
  setNotice: (notice: NoticeValue | null) => void;
  /** The library file cannot be written: maps are shown and exported, every edit is refused. */
  readOnly: boolean;
  /** Which editor panels are open; remembered on this computer. */
  panels: Panels;
  togglePanel: (panel: keyof Panels) => void;
  /** The workshop room panel is shown (the room lives on while it is hidden). */
  roomPanel: boolean;
  setRoomPanel: (open: boolean) => void;
  /** The open workshop room: how to join, who is in, what the host has set. */
  room: HostRoom | null;
  setRoom: (room: WaymarkState['room']) => void;
  setReadOnly: (readOnly: boolean) => void;
  /** The library's maps by id (title), for the detail maps cards open into; null until read. */
  libraryTitles: Readonly<Record<string, string>> | null;
  setLibraryTitles: (titles: Readonly<Record<string, string>> | null) => void;
  /** The library's personas by id (name), for the personas compared on a map; null until read. */
  libraryPersonas: Readonly<Record<string, string>> | null;
  setLibraryPersonas: (names: Readonly<Record<string, string>> | null) => void;
  /**
   * The library's insights the open map's cards cite, by id (an id missing here is an insight
   * no longer in the library: it backs nothing); null until read.
   */
  citedInsights: Readonly<Record<string, LibraryInsight>> | null;
  setCitedInsights: (insights: Readonly<Record<string, LibraryInsight>> | null) => void;
  /** Moves on whenever the insight library changed (added, edited, deleted): lists read it again. */
  insightsVersion: number;
  insightsChanged: () => void;
  /** What the map column shows: the canvas, or the map's backlog (matrix and ranked table). */
  mapView: MapView;
  /** The opportunity the backlog shows in detail (and marks in the matrix and the table). */
  backlogSelected: string | null;
  /** Shows the canvas or the backlog; `selected` picks an opportunity there. */
  setMapView: (view: MapView, selected?: string | null) => void;
  /**
   * The persona whose view the canvas shows (its curve editable, the rest faded, its cards only),
   * or null: every persona, the main one's curve editable.
   */
  personaFocus: string | null;
  setPersonaFocus: (id: string | null) => void;
  /** The maps opened on the way into this one through detail links, outermost first (the breadcrumb). */
  trail: readonly { id: string; title: string }[];
  setTrail: (trail: readonly { id: string; title: string }[]) => void;
}

export interface HostRoom {
  url: string;
  /** The room came back with its old link after a restart. */
  resumed: boolean;
  qr: string | null;
  people: readonly RoomMember[];
  session: RoomSession;
  /** Newcomers wait in a lobby until the host lets them in. */
  lobby: boolean;
  /** Cards hidden by silent brainstorm (blurred on the projector). */
  hidden: ReadonlySet<string>;
}

export interface ViewSlice {
  /** Rendered card heights where the DOM needed more room than the layout's estimate. */
  cardHeights: Readonly<Record<string, { width: number; height: number }>>;
  reportCardHeight: (id: string, width: number, height: number) => void;
  /** A stage or lane just added, whose name opens for typing as soon as its header shows. */
  nameToEdit: string | null;
  editName: (id: string | null) => void;
  /** The cell a dragged card or palette item would land in. */
  dropTarget: CellRef | null;
  setDropTarget: (cell: CellRef | null) => void;
  /** The service-blueprint check panel and its highlights. */
  blueprintCheck: boolean;
  setBlueprintCheck: (on: boolean) => void;
  /** What the editor's right-hand panel shows. */
  sidePanel: SidePanel;
  setSidePanel: (panel: SidePanel) => void;
  /** Bumped when a library persona is edited, so every view of it reloads. */
  personaRevision: number;
  personaEdited: () => void;
  present: PresentState | null;
  startPresenting: () => void;
  stopPresenting: () => void;
  /** Moves to a stage (clamped to the map), or changes how it is shown. */
  updatePresent: (patch: Partial<PresentState>) => void;
}

export type WaymarkState = DocumentSlice & SelectionSlice & UiSlice & ViewSlice;
