import { METRICS } from '../../../../shared/layout/metrics';

/** Card text at or above 12 px on screen: what a laptop reader needs. */
export const READABLE_ZOOM = 12 / METRICS.fontSize;
const PAD = 16;
/** A map wider than this many screens at readable zoom opens as an overview instead. */
const OVERVIEW_AFTER_SCREENS = 2.5;

export interface View {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Where a map opens: the whole map when it fits with card text ≥ 12 px; otherwise at readable
 * zoom from the first stage (lane labels in view), to be scrolled; a map many screens wide
 * opens fitted to the width, as an overview. Always from the top: no empty band above the map.
 */
export function openingView(map: { width: number; height: number }, pane: { width: number; height: number }): View {
  const fitWidth = (pane.width - 2 * PAD) / map.width;
  const fitBoth = Math.min(fitWidth, (pane.height - 2 * PAD) / map.height);
  if (fitBoth >= READABLE_ZOOM) {
    const zoom = Math.min(1, fitBoth);
    return { x: (pane.width - map.width * zoom) / 2, y: PAD, zoom };
  }
  if (fitWidth >= READABLE_ZOOM) return { x: PAD, y: PAD, zoom: Math.min(1, fitWidth) };
  if (map.width * READABLE_ZOOM <= OVERVIEW_AFTER_SCREENS * pane.width) return { x: PAD, y: PAD, zoom: READABLE_ZOOM };
  return { x: PAD, y: PAD, zoom: fitWidth };
}
