import { neighbourCard, type Direction } from '../../../shared/layout/hitTest';
import { addCard, deleteCards, deleteConnectors, duplicateCards, setCardSpan } from '../../../shared/model/operations';
import { backlogCommands } from './backlogCommands';
import { newId } from '../../../shared/model/ids';
import type { CanvasControlsHolder, LayoutHolder } from './canvasControls';
import type { Autosave } from '../store/autosave';
import type { WaymarkStore } from '../store/createWaymarkStore';
import type { WaymarkState } from '../store/types';
import type { CommandHandler, CommandHandlers } from './registry';

export interface EditorCommandDeps {
  store: WaymarkStore;
  autosave: () => Autosave | null;
  canvas: CanvasControlsHolder;
  layout: LayoutHolder;
}

const hasDoc = (s: WaymarkState) => s.doc !== null;
const oneCard = (s: WaymarkState) => s.selectedCardIds.length === 1 && s.editingCardId === null;
const anySelected = (s: WaymarkState) =>
  s.editingCardId === null && s.selectedCardIds.length + s.selectedConnectorIds.length > 0;

/** The cell a new card goes to: the active cell, else the first card lane's first stage. */
function targetCell(s: WaymarkState) {
  if (s.activeCell) return s.activeCell;
  const lane = s.doc?.lanes.find((l) => l.type === 'cards' && !l.hidden);
  const stage = s.doc?.stages[0];
  return lane && stage ? { laneId: lane.id, stageId: stage.id } : null;
}

/** The editor's commands (a map is open): what each does and when it can. */
export type EditorCommandId = Exclude<
  keyof CommandHandlers,
  `file.${string}` | `clipboard.${string}` | 'view.guide' | 'view.dark' | 'view.projector' | `help.${string}`
>;

export function editorCommands({
  store,
  autosave,
  canvas,
  layout,
}: EditorCommandDeps): Record<EditorCommandId, CommandHandler> {
  const history = () => store.history.getState();
  const go = (direction: Direction): CommandHandler => ({
    enabled: ({ state }) => oneCard(state()) && layout.get() !== null,
    run: ({ state }) => {
      const next = neighbourCard(layout.get()!, state().selectedCardIds[0]!, direction);
      if (next) {
        state().select([next]);
        canvas.get()?.focusCard(next);
      }
    },
  });
  // Alt+arrows move the active cell (where N and paste put cards) and focus its + button, so a
  // keyboard user reaches any cell without tabbing through the grid.
  const cell = (direction: Direction): CommandHandler => ({
    enabled: ({ state }) => hasDoc(state()) && state().editingCardId === null,
    run: ({ state }) => {
      const s = state();
      const from = targetCell(s);
      const doc = s.doc;
      if (!from || !doc) return;
      const lanes = doc.lanes.filter((l) => l.type === 'cards' && !l.hidden).map((l) => l.id);
      const stages = doc.stages.map((st) => st.id);
      const li = Math.max(0, lanes.indexOf(from.laneId));
      const si = Math.max(0, stages.indexOf(from.stageId));
      const dl = direction === 'up' ? -1 : direction === 'down' ? 1 : 0;
      const ds = direction === 'left' ? -1 : direction === 'right' ? 1 : 0;
      const next = {
        laneId: lanes[Math.max(0, Math.min(lanes.length - 1, li + dl))]!,
        stageId: stages[Math.max(0, Math.min(stages.length - 1, si + ds))]!,
      };
      s.setActiveCell(next);
      s.select([]);
      const box = layout.get()?.cells.find((c) => c.laneId === next.laneId && c.stageId === next.stageId);
      if (box) canvas.get()?.reveal(box);
      requestAnimationFrame(() => {
        // A key pressed before this frame (N) may already have opened a card editor: keep its focus.
        if (store.getState().editingCardId !== null) return;
        document
          .querySelector<HTMLElement>(`[data-cell="${CSS.escape(next.laneId)}:${CSS.escape(next.stageId)}"] .cell-add`)
          ?.focus();
      });
    },
  });
  const span = (delta: number): CommandHandler => ({
    enabled: ({ state }) => oneCard(state()),
    run: ({ state }) => {
      const id = state().selectedCardIds[0]!;
      const card = state().doc?.cards.find((c) => c.id === id);
      if (card) state().change((d) => setCardSpan(d, id, card.stageSpan + delta));
    },
  });

  return {
    ...backlogCommands(),
    'view.present': {
      enabled: ({ state }) => hasDoc(state()) && state().present === null,
      run: ({ state }) => state().startPresenting(),
    },
    'edit.undo': {
      enabled: ({ state }) => hasDoc(state()) && history().undoSteps.length > 0,
      run: () => history().undo(),
    },
    'edit.redo': {
      enabled: ({ state }) => hasDoc(state()) && history().redoSteps.length > 0,
      run: () => history().redo(),
    },
    'card.add': {
      enabled: ({ state }) => hasDoc(state()) && targetCell(state()) !== null,
      run: ({ state }) => {
        const cell = targetCell(state())!;
        const id = newId();
        if (state().change((d) => addCard(d, { ...cell, id }))) state().startEditing(id);
      },
    },
    'card.edit': {
      enabled: ({ state }) => oneCard(state()),
      run: ({ state }) => state().startEditing(state().selectedCardIds[0]!),
    },
    'edit.duplicate': {
      enabled: ({ state }) => state().selectedCardIds.length > 0 && state().editingCardId === null,
      run: ({ state }) => {
        let created: string[] = [];
        const ids = state().selectedCardIds;
        state().change((d) => {
          const r = duplicateCards(d, ids);
          created = r.ids;
          return r.doc;
        });
        state().select(created);
      },
    },
    'edit.delete': {
      enabled: ({ state }) => anySelected(state()),
      run: ({ state }) => {
        const { selectedCardIds: cards, selectedConnectorIds: connectors } = state();
        state().change((d) => deleteCards(deleteConnectors(d, connectors), cards));
        state().select([]);
      },
    },
    'edit.selectAll': {
      enabled: ({ state }) => hasDoc(state()) && state().editingCardId === null,
      run: ({ state }) => state().select(state().doc!.cards.map((c) => c.id)),
    },
    'edit.clearSelection': {
      enabled: ({ state }) => anySelected(state()),
      run: ({ state }) => state().select([]),
    },
    'card.spanMore': span(1),
    'card.spanLess': span(-1),
    'nav.left': go('left'),
    'nav.right': go('right'),
    'nav.up': go('up'),
    'nav.down': go('down'),
    'cell.left': cell('left'),
    'cell.right': cell('right'),
    'cell.up': cell('up'),
    'cell.down': cell('down'),
    'view.zoomIn': {
      // Enabled with a map open: the toolbar renders before the canvas registers its controls.
      enabled: ({ state }) => hasDoc(state()),
      run: () => canvas.get()?.zoomIn(),
    },
    'view.zoomOut': {
      enabled: ({ state }) => hasDoc(state()),
      run: () => canvas.get()?.zoomOut(),
    },
    'view.fit': {
      enabled: ({ state }) => hasDoc(state()),
      run: () => canvas.get()?.fit(),
    },
    'view.fitSelection': {
      enabled: ({ state }) => state().selectedCardIds.length > 0,
      run: ({ state }) => canvas.get()?.fitSelection(state().selectedCardIds),
    },
    'map.saveNow': {
      enabled: ({ state }) => hasDoc(state()),
      run: () => void autosave()?.flush(),
    },
  };
}
