import { useReactFlow, type XYPosition } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';

export interface DragHandlers {
  /** Called while dragging, past the threshold, with canvas coordinates. */
  onMove: (point: XYPosition, start: XYPosition) => void;
  /** Called on release after a drag; not called for a plain click. */
  onDrop: (point: XYPosition, start: XYPosition) => void;
  /** Called when Escape is pressed mid-drag or the pointer is lost. */
  onCancel?: () => void;
  threshold?: number;
}

/**
 * A pointer drag in canvas coordinates with pointer capture, for the parts of the grid that are
 * not React Flow nodes being dragged (stage headers, lane labels, emotion points, resize grips).
 */
export function usePointerDrag(handlers: DragHandlers) {
  const flow = useReactFlow();
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  return (e: React.PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    const el = e.currentTarget;
    const screenStart = { x: e.clientX, y: e.clientY };
    const start = flow.screenToFlowPosition(screenStart);
    const threshold = latest.current.threshold ?? 4;
    let active = false;
    el.setPointerCapture(e.pointerId);

    const cleanup = () => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('lostpointercapture', lost);
      window.removeEventListener('keydown', key, true);
    };
    const move = (ev: PointerEvent) => {
      if (!active && Math.hypot(ev.clientX - screenStart.x, ev.clientY - screenStart.y) < threshold) return;
      active = true;
      latest.current.onMove(flow.screenToFlowPosition({ x: ev.clientX, y: ev.clientY }), start);
    };
    const up = (ev: PointerEvent) => {
      cleanup();
      if (active) latest.current.onDrop(flow.screenToFlowPosition({ x: ev.clientX, y: ev.clientY }), start);
    };
    const lost = () => {
      cleanup();
      if (active) latest.current.onCancel?.();
    };
    const key = (ev: KeyboardEvent) => {
      if (ev.key !== 'Escape') return;
      ev.stopPropagation();
      cleanup();
      el.releasePointerCapture(e.pointerId);
      if (active) latest.current.onCancel?.();
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('lostpointercapture', lost);
    window.addEventListener('keydown', key, true);
  };
}
