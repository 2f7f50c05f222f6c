import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { MapLayout } from '../../../../shared/layout/computeLayout';
import type { Services } from '../../services/Services';
import { useWaymark } from '../../services/ServicesContext';
import { FAR_ZOOM } from './FarZoomContext';
import { openingView } from './openingView';

/** Fit leaves the overview's corner free, so the map's last lane is never under it. */
export const fitOptions = (overview: boolean) => ({
  maxZoom: 1,
  // Pixels, spelt with their unit: a bare number is read as a fraction of the pane.
  padding: { top: '16px', left: '16px', right: '16px', bottom: overview ? '150px' : '56px' } as const,
  duration: 200,
});

/**
 * The viewport controller: where a map opens, what commands may ask of the view (zoom, fit,
 * focus a card, reveal a cell) and bringing a card up to a readable size to edit it. The only
 * part of the canvas that measures the DOM (the pane and card boxes).
 */
export function useViewportController(services: Services, layout: MapLayout | null, editingId: string | null): void {
  const { store } = services;
  const flow = useReactFlow();
  const paneWidth = useFlowStore((s) => s.width);
  const paneHeight = useFlowStore((s) => s.height);
  const opened = useWaymark((s) => s.opened);
  const selected = useWaymark((s) => s.selectedCardIds);
  const placedFor = useRef<number | null>(null);
  const lastWidth = useRef(paneWidth);
  // The details panel coming back with a selection narrows the pane from the right: the card just
  // selected moves into view if the panel now covers it (the rest of the view stays still).
  useEffect(() => {
    const narrower = paneWidth < lastWidth.current;
    lastWidth.current = paneWidth;
    const box = narrower ? layout?.cards.find((c) => c.id === selected.at(-1)) : undefined;
    if (!box) return;
    const { x, y, zoom } = flow.getViewport();
    const over = x + (box.x + box.width) * zoom - (paneWidth - 16);
    const room = x + box.x * zoom - 16;
    if (over > 0) void flow.setViewport({ x: x - Math.min(over, Math.max(0, room)), y, zoom });
    // Only a change of width moves the view; a new selection alone never does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [paneWidth]);
  // Each opened map gets its opening view once, when the pane and the layout are known.
  useEffect(() => {
    if (!layout || paneWidth === 0 || paneHeight === 0 || placedFor.current === opened) return;
    placedFor.current = opened;
    void flow.setViewport(openingView(layout, { width: paneWidth, height: paneHeight }));
  }, [flow, layout, opened, paneWidth, paneHeight]);

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
          void flow
            .setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, {
              zoom,
              duration: 150,
            })
            // A large map renders only what is on screen: the card's element exists once the view
            // has moved to it, and only then can it take the focus.
            .then(() =>
              requestAnimationFrame(() =>
                document
                  .querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`)
                  ?.focus({ preventScroll: true }),
              ),
            );
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
}
