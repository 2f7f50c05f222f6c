import type { MapLayout } from '../../../shared/layout/computeLayout';
import type { Holder } from '../services/Holder';

/**
 * What commands can ask of the canvas (zoom, focus). The canvas fills this in while it is
 * mounted; commands find it empty otherwise and do nothing.
 */
export interface CanvasControls {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  fitSelection: (ids: string[]) => void;
  focusCard: (id: string) => void;
  /** Pans (never zooms) just enough to show a region given in map coordinates. */
  reveal: (box: { x: number; y: number; width: number; height: number }) => void;
}

export type CanvasControlsHolder = Holder<CanvasControls>;

/**
 * The current layout, read by commands and pointer handlers at event time. A ref, not state,
 * so nodes do not re-render whenever any card moves.
 */
export type LayoutHolder = Holder<MapLayout>;
