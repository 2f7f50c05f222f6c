import { neighbourCard, type Direction } from '../../../shared/layout/hitTest';
import { addCard, deleteCards, deleteConnectors, duplicateCards, setCardSpan } from '../../../shared/model/operations';
import { newId } from '../../../shared/model/ids';
import type { CanvasControlsHolder } from '../editor/canvasControls';
import type { LayoutHolder } from '../editor/LayoutContext';
import type { Autosave } from '../store/autosave';
import type { WaymarkStore } from '../store/createWaymarkStore';
import type { WaymarkState } from '../store/types';
import type { Command } from './registry';

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

export function editorCommands({ store, autosave, canvas, layout }: EditorCommandDeps): Command[] {
  const history = () => store.temporal.getState();
  const go = (direction: Direction): Command => ({
    id: `nav.${direction}`,
    shortcuts: [`Arrow${direction[0]!.toUpperCase()}${direction.slice(1)}`],
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
  const cell = (direction: Direction): Command => ({
    id: `cell.${direction}`,
    shortcuts: [`Alt+Arrow${direction[0]!.toUpperCase()}${direction.slice(1)}`],
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
  const span = (delta: number): Command => ({
    id: delta > 0 ? 'card.spanMore' : 'card.spanLess',
    shortcuts: delta > 0 ? ['Mod+]'] : ['Mod+['],
    enabled: ({ state }) => oneCard(state()),
    run: ({ state }) => {
      const id = state().selectedCardIds[0]!;
      const card = state().doc?.cards.find((c) => c.id === id);
      if (card) state().change((d) => setCardSpan(d, id, card.stageSpan + delta));
    },
  });

  return [
    {
      id: 'view.present',
      shortcuts: ['F5'],
      enabled: ({ state }) => hasDoc(state()) && state().present === null,
      run: ({ state }) => state().startPresenting(),
    },
    {
      id: 'edit.undo',
      shortcuts: ['Mod+Z'],
      enabled: ({ state }) => hasDoc(state()) && history().pastStates.length > 0,
      run: () => history().undo(),
    },
    {
      id: 'edit.redo',
      shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
      enabled: ({ state }) => hasDoc(state()) && history().futureStates.length > 0,
      run: () => history().redo(),
    },
    {
      id: 'card.add',
      shortcuts: ['N'],
      enabled: ({ state }) => hasDoc(state()) && targetCell(state()) !== null,
      run: ({ state }) => {
        const cell = targetCell(state())!;
        const id = newId();
        if (state().change((d) => addCard(d, { ...cell, id }))) state().startEditing(id);
      },
    },
    {
      id: 'card.edit',
      shortcuts: ['F2'],
      enabled: ({ state }) => oneCard(state()),
      run: ({ state }) => state().startEditing(state().selectedCardIds[0]!),
    },
    {
      id: 'edit.duplicate',
      shortcuts: ['Mod+D'],
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
    {
      id: 'edit.delete',
      shortcuts: ['Delete', 'Backspace'],
      enabled: ({ state }) => anySelected(state()),
      run: ({ state }) => {
        const { selectedCardIds: cards, selectedConnectorIds: connectors } = state();
        state().change((d) => deleteCards(deleteConnectors(d, connectors), cards));
        state().select([]);
      },
    },
    {
      id: 'edit.selectAll',
      shortcuts: ['Mod+A'],
      enabled: ({ state }) => hasDoc(state()) && state().editingCardId === null,
      run: ({ state }) => state().select(state().doc!.cards.map((c) => c.id)),
    },
    {
      id: 'edit.clearSelection',
      shortcuts: ['Escape'],
      enabled: ({ state }) => anySelected(state()),
      run: ({ state }) => state().select([]),
    },
    span(1),
    span(-1),
    go('left'),
    go('right'),
    go('up'),
    go('down'),
    cell('left'),
    cell('right'),
    cell('up'),
    cell('down'),
    {
      id: 'view.zoomIn',
      shortcuts: ['Mod+=', 'Mod++', 'Mod+Shift++', '+', 'Shift++', '='],
      // Enabled with a map open: the toolbar renders before the canvas registers its controls.
      enabled: ({ state }) => hasDoc(state()),
      run: () => canvas.get()?.zoomIn(),
    },
    {
      id: 'view.zoomOut',
      shortcuts: ['Mod+-', '-'],
      enabled: ({ state }) => hasDoc(state()),
      run: () => canvas.get()?.zoomOut(),
    },
    {
      id: 'view.fit',
      shortcuts: ['Shift+!', 'Shift+1'],
      enabled: ({ state }) => hasDoc(state()),
      run: () => canvas.get()?.fit(),
    },
    {
      id: 'view.fitSelection',
      shortcuts: ['Shift+@', 'Shift+2'],
      enabled: ({ state }) => state().selectedCardIds.length > 0,
      run: ({ state }) => canvas.get()?.fitSelection(state().selectedCardIds),
    },
    {
      id: 'map.saveNow',
      shortcuts: ['Mod+S'],
      enabled: ({ state }) => hasDoc(state()),
      run: () => void autosave()?.flush(),
    },
  ];
}
