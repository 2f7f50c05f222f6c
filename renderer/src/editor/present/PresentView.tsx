import { useReactFlow, ViewportPortal } from '@xyflow/react';
import { useEffect } from 'react';
import type { MapLayout } from '../../../../shared/layout/computeLayout';
import { METRICS } from '../../../../shared/layout/metrics';
import { useWaymark } from '../../app/ServicesContext';
import { isTextEntry } from './isTextEntry';

/** Card text is drawn at METRICS.fontSize; this zoom makes it 24 px on screen (readable from the back). */
export const PRESENT_MIN_ZOOM = 24 / METRICS.fontSize;
const PRESENT_MAX_ZOOM = 2.5;
const MARGIN = 24;

/**
 * Inside the canvas while presenting: moves the view to the current stage at a zoom where card
 * text is at least 24 px, and dims the other stages in spotlight mode. The whole-map view fits
 * the map and outlines the current stage instead.
 */
export function PresentView({ layout }: { layout: MapLayout }) {
  const flow = useReactFlow();
  const present = useWaymark((s) => s.present);
  const stage = present ? layout.stages[present.stage] : undefined;

  useEffect(() => {
    if (!present || !stage) return;
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) return;
    if (!present.spotlight) {
      void flow.fitView({ padding: 0.03, duration: 0 });
      return;
    }
    const fitWidth = (pane.width - 2 * MARGIN) / stage.width;
    const fitHeight = (pane.height - 2 * MARGIN) / layout.height;
    const zoom = Math.min(PRESENT_MAX_ZOOM, Math.max(PRESENT_MIN_ZOOM, Math.min(fitWidth, fitHeight)));
    const x = pane.width / 2 - (stage.x + stage.width / 2) * zoom;
    // Top-aligned when the column is taller than the screen (the header stays in view).
    const y = layout.height * zoom <= pane.height ? (pane.height - layout.height * zoom) / 2 : MARGIN;
    void flow.setViewport({ x, y, zoom }, { duration: 0 });
  }, [flow, present, stage, layout.height]);

  // Up / Down scroll a column taller than the screen (the stage keys are left / right).
  const presenting = present !== null;
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      if (isTextEntry(e.target)) return;
      const { x, y, zoom } = flow.getViewport();
      const step = window.innerHeight * 0.4 * (e.key === 'ArrowDown' ? -1 : 1);
      void flow.setViewport({ x, y: y + step, zoom });
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [flow, presenting]);

  if (!present || !stage) return null;
  if (!present.spotlight)
    return (
      <ViewportPortal>
        <div
          className="present-outline"
          style={{ left: stage.x, top: 0, width: stage.width, height: layout.height }}
          aria-hidden="true"
        />
      </ViewportPortal>
    );
  return (
    <ViewportPortal>
      <div
        className="present-dim"
        style={{ left: -4000, top: -4000, width: stage.x + 4000, height: layout.height + 8000 }}
        aria-hidden="true"
      />
      <div
        className="present-dim"
        style={{ left: stage.x + stage.width, top: -4000, width: layout.width + 4000, height: layout.height + 8000 }}
        aria-hidden="true"
      />
    </ViewportPortal>
  );
}
