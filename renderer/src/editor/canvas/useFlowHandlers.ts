import { useReactFlow, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import { cellAt, insertionIndex } from '../../../../shared/layout/hitTest';
import { newId } from '../../../../shared/model/ids';
import { addCard, addConnector, moveCards } from '../../../../shared/model/operations';
import type { Services } from '../../services/Services';
import type { MapNode } from './buildNodes';

/** Screen point of a drag event, mouse or touch. */
function clientPoint(e: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('clientX' in e) return { x: e.clientX, y: e.clientY };
  const t = e.changedTouches[0] ?? e.touches[0];
  return { x: t?.clientX ?? 0, y: t?.clientY ?? 0 };
}

type Positions = Map<string, { x: number; y: number }>;

/**
 * What the canvas does with React Flow's events: selection into the store, dragged cards
 * following the pointer locally and landing in a cell on drop (one undo step), connections,
 * and double-click to add a card in empty grid space.
 */
export function useFlowHandlers(services: Services, setDragging: Dispatch<SetStateAction<Positions>>) {
  const { store } = services;
  const layoutRef = services.layout;
  const flow = useReactFlow();
  // Dragged cards follow the pointer locally; the document changes once, on drop (one undo step).
  // Selection lives in the store: React Flow's select changes (click, shift-click, marquee) go there.
  const onNodesChange = useCallback(
    (changes: NodeChange<MapNode>[]) => {
      const moves = changes.filter((c) => c.type === 'position' && c.position);
      if (moves.length)
        setDragging((prev) => {
          const next = new Map(prev);
          for (const c of moves) if (c.type === 'position' && c.position) next.set(c.id, c.position);
          return next;
        });
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length) {
        const s = store.getState();
        const picked = new Set(s.selectedCardIds);
        for (const c of selects) {
          if (c.type !== 'select') continue;
          if (c.selected) picked.add(c.id);
          else picked.delete(c.id);
        }
        const cards = new Set(s.doc?.cards.map((c) => c.id));
        const ids = [...picked].filter((id) => cards.has(id));
        if (ids.join() !== s.selectedCardIds.join()) s.select(ids, s.selectedConnectorIds);
      }
    },
    [store, setDragging],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const s = store.getState();
      const picked = new Set(s.selectedConnectorIds);
      let touched = false;
      for (const c of changes)
        if (c.type === 'select') {
          touched = true;
          if (c.selected) picked.add(c.id);
          else picked.delete(c.id);
        }
      if (touched) s.select(s.selectedCardIds, [...picked]);
    },
    [store],
  );

  const dropPoint = (e: { clientX: number; clientY: number }) =>
    flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });

  const onNodeDrag = useCallback(
    (e: MouseEvent | TouchEvent) => {
      const l = layoutRef.get();
      if (!l) return;
      const cell = cellAt(l, flow.screenToFlowPosition(clientPoint(e)));
      store.getState().setDropTarget(cell ? { laneId: cell.laneId, stageId: cell.stageId } : null);
    },
    [flow, store, layoutRef],
  );

  const onNodeDragStop = useCallback(
    (e: MouseEvent | TouchEvent, _node: MapNode, dragged: MapNode[]) => {
      const s = store.getState();
      s.setDropTarget(null);
      setDragging(new Map());
      const l = layoutRef.get();
      const ids = dragged.filter((n) => n.type === 'card').map((n) => n.id);
      if (!l || !s.doc || ids.length === 0) return;
      const p = flow.screenToFlowPosition(clientPoint(e));
      const cell = cellAt(l, p);
      if (!cell) return; // dropped outside the grid: the cards spring back
      const index = insertionIndex(s.doc, l, cell, p.y, new Set(ids));
      s.change((d) => moveCards(d, ids, cell, index));
    },
    [flow, store, layoutRef, setDragging],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target) store.getState().change((d) => addConnector(d, c.source, c.target));
    },
    [store],
  );

  const addCardAt = (e: React.MouseEvent) => {
    const l = layoutRef.get();
    const s = store.getState();
    if (!l || !s.doc) return;
    const target = e.target as HTMLElement;
    // Only empty grid space: cards, headers and controls have their own double-click.
    if (!target.closest('.react-flow__pane, .react-flow__node-cell')) return;
    const p = dropPoint(e);
    const cell = cellAt(l, p);
    if (!cell) return;
    const id = newId();
    const index = insertionIndex(s.doc, l, cell, p.y);
    if (s.change((d) => addCard(d, { laneId: cell.laneId, stageId: cell.stageId, stepId: cell.stepId, id, index })))
      s.startEditing(id);
  };

  const rememberCell = (e: React.MouseEvent) => {
    const l = layoutRef.get();
    if (!l) return;
    const cell = cellAt(l, dropPoint(e));
    if (cell) store.getState().setActiveCell({ laneId: cell.laneId, stageId: cell.stageId });
  };

  return { onNodesChange, onEdgesChange, onNodeDrag, onNodeDragStop, onConnect, addCardAt, rememberCell };
}
