import {
  Background,
  ConnectionMode,
  ControlButton,
  Controls,
  ReactFlow,
  SelectionMode,
  useStore as useFlowStore,
} from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { blueprintCheck } from '../../../../shared/model/blueprintCheck';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { buildEdges, buildNodes, createNodeReuser, routeConnectors } from './buildNodes';
import { ContextMenu, type MenuState } from './ContextMenu';
import { FAR_ZOOM, FarZoomContext } from './FarZoomContext';
import { LayoutContext } from './LayoutContext';
import { nodeTypes } from './nodes/nodeTypes';
import { Overview } from './Overview';
import { BlueprintCheckPanel, findingText } from '../blueprint/BlueprintCheckPanel';
import { useTranslation } from 'react-i18next';
import { useMapLayout } from './useMapLayout';
import { PresentView } from '../present/PresentView';
import { ariaLabels } from './flowLabels';
import { fitOptions, useViewportController } from './viewport';
import { useFlowHandlers } from './useFlowHandlers';
import { edgeTypes } from './nodes/RoutedEdge';
import { CanvasTextProvider } from '../../i18n/canvasText';

/**
 * A map with more cards renders only what is on screen (every node carries its laid-out size, so
 * culling needs no measuring): at 5,000 cards a keystroke otherwise paid ~60 ms of style, layout,
 * paint and hit-testing for cards nobody could see. Smaller maps keep every card in the DOM, so
 * a screen reader (and find-in-page) reaches all of them; large maps have the grid view for that.
 */
const RENDER_ON_SCREEN_AFTER = 300;

export function Canvas() {
  const services = useServices();
  const { t } = useTranslation();
  const { store } = services;
  const { doc, layout } = useMapLayout();
  const selectedCards = useWaymark((s) => s.selectedCardIds);
  const selectedConnectors = useWaymark((s) => s.selectedConnectorIds);
  const editingId = useWaymark((s) => s.editingCardId);
  // Only the crossing of the threshold re-renders, not every zoom step.
  const far = useFlowStore((s) => s.transform[2] < FAR_ZOOM);
  const panels = useWaymark((s) => s.panels);
  const layoutRef = services.layout;
  useLayoutEffect(() => {
    layoutRef.set(layout);
  }, [layoutRef, layout]);
  useViewportController(services, layout, editingId);

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

  const connectors = doc?.connectors;
  const routes = useMemo(() => routeConnectors(connectors ?? [], layout), [connectors, layout]);
  const edges = useMemo(
    () => (doc ? buildEdges(doc, routes, new Set(selectedConnectors), t('editor.connector')) : []),
    [doc, routes, selectedConnectors, t],
  );

  const handlers = useFlowHandlers(services, setDragging);

  return (
    <CanvasTextProvider>
      <LayoutContext.Provider value={layoutRef}>
        <FarZoomContext.Provider value={far}>
          <div className={`canvas ${far ? 'is-far' : ''}`} onDoubleClick={handlers.addCardAt} data-testid="canvas">
            <ReactFlow
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={handlers.onNodesChange}
              onEdgesChange={handlers.onEdgesChange}
              onNodeDrag={handlers.onNodeDrag}
              onNodeDragStop={handlers.onNodeDragStop}
              onConnect={handlers.onConnect}
              onPaneClick={(e) => {
                handlers.rememberCell(e);
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
              onlyRenderVisibleElements={(doc?.cards.length ?? 0) > RENDER_ON_SCREEN_AFTER}
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
