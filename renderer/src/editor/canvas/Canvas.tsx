import {
  Background,
  ConnectionMode,
  ControlButton,
  Controls,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  useStore as useFlowStore,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type AriaLabelConfig,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { cellAt, insertionIndex } from '../../../../shared/layout/hitTest';
import { blueprintCheck } from '../../../../shared/model/blueprintCheck';
import { addCard, addConnector, moveCards } from '../../../../shared/model/operations';
import { newId } from '../../../../shared/model/ids';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { buildEdges, buildNodes, createNodeReuser, routeConnectors, type MapNode } from './buildNodes';
import { ContextMenu, type MenuState } from './ContextMenu';
import { FAR_ZOOM, FarZoomContext } from './FarZoomContext';
import { LayoutContext } from './LayoutContext';
import { nodeTypes } from './nodes/nodeTypes';
import { Overview } from './Overview';
import { BlueprintCheckPanel, findingText } from '../blueprint/BlueprintCheckPanel';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useMapLayout } from './useMapLayout';
import { PresentView } from '../present/PresentView';
import { openingView } from './openingView';
import { edgeTypes } from './nodes/RoutedEdge';
import { CanvasTextProvider } from '../../i18n/canvasText';

/** React Flow's own labels and screen-reader descriptions, in the interface language. */
function ariaLabels(t: TFunction): Partial<AriaLabelConfig> {
  const keys = [
    'node.a11yDescription.default',
    'node.a11yDescription.keyboardDisabled',
    'edge.a11yDescription.default',
    'handle.ariaLabel',
    'controls.ariaLabel',
    'controls.zoomIn.ariaLabel',
    'controls.zoomOut.ariaLabel',
    'controls.fitView.ariaLabel',
    'controls.interactive.ariaLabel',
    'minimap.ariaLabel',
  ] as const;
  return {
    ...Object.fromEntries(keys.map((k) => [k, t(`flow.${k}`)])),
    'node.a11yDescription.ariaLiveMessage': (p) => t('flow.node.a11yDescription.ariaLiveMessage', p),
  };
}

/** Screen point of a drag event, mouse or touch. */
function clientPoint(e: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('clientX' in e) return { x: e.clientX, y: e.clientY };
  const t = e.changedTouches[0] ?? e.touches[0];
  return { x: t?.clientX ?? 0, y: t?.clientY ?? 0 };
}

/** Fit leaves the overview's corner free, so the map's last lane is never under it. */
const fitOptions = (overview: boolean) => ({
  maxZoom: 1,
  // Pixels, spelt with their unit: a bare number is read as a fraction of the pane.
  padding: { top: '16px', left: '16px', right: '16px', bottom: overview ? '150px' : '56px' } as const,
  duration: 200,
});

export function Canvas() {
  const services = useServices();
  const { t } = useTranslation();
  const { store } = services;
  const { doc, layout } = useMapLayout();
  const selectedCards = useWaymark((s) => s.selectedCardIds);
  const selectedConnectors = useWaymark((s) => s.selectedConnectorIds);
  const editingId = useWaymark((s) => s.editingCardId);
  const flow = useReactFlow();
  // Only the crossing of the threshold re-renders, not every zoom step.
  const far = useFlowStore((s) => s.transform[2] < FAR_ZOOM);
  const paneWidth = useFlowStore((s) => s.width);
  const paneHeight = useFlowStore((s) => s.height);
  const opened = useWaymark((s) => s.opened);
  const panels = useWaymark((s) => s.panels);
  const placedFor = useRef<number | null>(null);
  // Each opened map gets its opening view once, when the pane and the layout are known.
  useEffect(() => {
    if (!layout || paneWidth === 0 || paneHeight === 0 || placedFor.current === opened) return;
    placedFor.current = opened;
    void flow.setViewport(openingView(layout, { width: paneWidth, height: paneHeight }));
  }, [flow, layout, opened, paneWidth, paneHeight]);
  const layoutRef = services.layout;
  useLayoutEffect(() => {
    layoutRef.set(layout);
  }, [layoutRef, layout]);

  useEffect(() => {
    services.canvas.set({
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
      fit: () => void flow.fitView(fitOptions(store.getState().panels.overview)),
      fitSelection: (ids) =>
        void flow.fitView({
          ...fitOptions(store.getState().panels.overview),
          maxZoom: 1.5,
          nodes: ids.map((id) => ({ id })),
        }),
      focusCard: (id) => {
        const el = document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`);
        el?.focus({ preventScroll: true });
        const node = flow.getNode(id);
        // Keep the view still while the card is visible; move only to bring it into view.
        const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
        const box = el?.getBoundingClientRect();
        const visible =
          pane &&
          box &&
          box.left >= pane.left &&
          box.right <= pane.right &&
          box.top >= pane.top &&
          box.bottom <= pane.bottom;
        if (node && !visible) {
          const { zoom } = flow.getViewport();
          void flow.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, {
            zoom,
            duration: 150,
          });
        }
      },
      reveal: (box) => {
        const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
        if (!pane) return;
        const { x, y, zoom } = flow.getViewport();
        const margin = 24;
        // How far the region sticks out past each edge of the pane, in screen pixels.
        const left = box.x * zoom + x;
        const right = (box.x + box.width) * zoom + x;
        const top = box.y * zoom + y;
        const bottom = (box.y + box.height) * zoom + y;
        const dx = right > pane.width - margin ? pane.width - margin - right : left < margin ? margin - left : 0;
        const dy = bottom > pane.height - margin ? pane.height - margin - bottom : top < margin ? margin - top : 0;
        if (dx || dy) void flow.setViewport({ x: x + dx, y: y + dy, zoom });
      },
    });
    return () => services.canvas.set(null);
  }, [flow, services, store]);
  const [reuse] = useState(createNodeReuser);
  const [dragging, setDragging] = useState<Map<string, { x: number; y: number }>>(new Map());
  const [menu, setMenu] = useState<MenuState | null>(null);

  const checking = useWaymark((s) => s.blueprintCheck);
  const presenting = useWaymark((s) => s.present !== null);
  // Computed once here for both the highlights and the panel's list.
  const findings = useMemo(() => (checking && doc ? blueprintCheck(doc) : []), [checking, doc]);
  const flags = useMemo(() => new Map(findings.map((f) => [f.cardId, findingText(t, f)])), [findings, t]);
  const ariaLabelConfig = useMemo(() => ariaLabels(t), [t]);

  const nodes = useMemo(() => {
    if (!doc || !layout) return [];
    const built = reuse(buildNodes(doc, layout, new Set(selectedCards), editingId, flags));
    if (dragging.size === 0) return built;
    return built.map((n) => (dragging.has(n.id) ? { ...n, position: dragging.get(n.id)!, dragging: true } : n));
  }, [doc, layout, selectedCards, editingId, dragging, reuse, flags]);

  useEffect(() => {
    if (nodes.length) performance.mark('waymark:canvas-committed');
  }, [nodes.length]);

  // Editing at overview zoom: bring the card up to a readable size first.
  useEffect(() => {
    if (!editingId || flow.getViewport().zoom >= FAR_ZOOM) return;
    const node = flow.getNode(editingId);
    if (node)
      void flow.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, {
        zoom: 1,
        duration: 0,
      });
  }, [editingId, flow]);

  const connectors = doc?.connectors;
  const routes = useMemo(() => routeConnectors(connectors ?? [], layout), [connectors, layout]);
  const edges = useMemo(
    () => (doc ? buildEdges(doc, routes, new Set(selectedConnectors)) : []),
    [doc, routes, selectedConnectors],
  );

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
    [store],
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
    [flow, store, layoutRef],
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
    if (s.change((d) => addCard(d, { laneId: cell.laneId, stageId: cell.stageId, id, index }))) s.startEditing(id);
  };

  const rememberCell = (e: React.MouseEvent) => {
    const l = layoutRef.get();
    if (!l) return;
    const cell = cellAt(l, dropPoint(e));
    if (cell) store.getState().setActiveCell({ laneId: cell.laneId, stageId: cell.stageId });
  };

  return (
    <CanvasTextProvider>
      <LayoutContext.Provider value={layoutRef}>
        <FarZoomContext.Provider value={far}>
          <div className={`canvas ${far ? 'is-far' : ''}`} onDoubleClick={addCardAt} data-testid="canvas">
            <ReactFlow
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onNodeDrag={onNodeDrag}
              onNodeDragStop={onNodeDragStop}
              onConnect={onConnect}
              onPaneClick={(e) => {
                rememberCell(e);
                setMenu(null);
              }}
              onNodeContextMenu={(e, node) => {
                if (node.type !== 'card') return;
                e.preventDefault();
                if (!store.getState().selectedCardIds.includes(node.id)) store.getState().select([node.id]);
                setMenu({ x: e.clientX, y: e.clientY, kind: 'card' });
              }}
              onPaneContextMenu={(e) => {
                e.preventDefault();
                setMenu({ x: e.clientX, y: e.clientY, kind: 'canvas' });
              }}
              connectionMode={ConnectionMode.Strict}
              minZoom={0.04}
              maxZoom={2.5}
              zoomOnDoubleClick={false}
              nodeDragThreshold={4}
              selectionOnDrag
              selectionMode={SelectionMode.Partial}
              panOnDrag={[1, 2]}
              panOnScroll
              panActivationKeyCode="Space"
              multiSelectionKeyCode="Shift"
              deleteKeyCode={null}
              selectionKeyCode={null}
              disableKeyboardA11y
              ariaLabelConfig={ariaLabelConfig}
              proOptions={{ hideAttribution: true }}
            >
              <Background gap={24} size={1} />
              {!presenting && (
                // Bottom right, in a row beside the overview: at the bottom left they covered the lane names.
                <Controls
                  showInteractive={false}
                  fitViewOptions={fitOptions(panels.overview)}
                  position="bottom-right"
                  orientation="horizontal"
                  style={{ marginRight: panels.overview ? 224 : 15 }}
                >
                  <ControlButton
                    onClick={() => store.getState().togglePanel('overview')}
                    aria-label={t(panels.overview ? 'editor.hideOverview' : 'editor.showOverview')}
                    title={t(panels.overview ? 'editor.hideOverview' : 'editor.showOverview')}
                    aria-pressed={panels.overview}
                  >
                    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                      <rect x="1" y="2" width="10" height="8" rx="1" fill="none" stroke="currentColor" />
                      <rect x="3" y="4" width="4" height="3" fill="currentColor" />
                    </svg>
                  </ControlButton>
                </Controls>
              )}
              {layout && <PresentView layout={layout} />}
            </ReactFlow>
            {doc && layout && !presenting && panels.overview && <Overview doc={doc} layout={layout} />}
            {checking && <BlueprintCheckPanel findings={findings} />}
            {menu && <ContextMenu menu={menu} onClose={() => setMenu(null)} />}
          </div>
        </FarZoomContext.Provider>
      </LayoutContext.Provider>
    </CanvasTextProvider>
  );
}
