import type { MapLayout } from '../../../../shared/layout/computeLayout';
import { METRICS } from '../../../../shared/layout/metrics';

/** Card text is drawn at METRICS.fontSize; this zoom makes it 24 px on screen (readable from the back). */
export const PRESENT_MIN_ZOOM = 24 / METRICS.fontSize;
const PRESENT_MAX_ZOOM = 2.5;
export const MARGIN = 24;
/** The lane labels are drawn beside the spotlighted column, at a fixed, readable size. */
export const LABEL_WIDTH = 230;

/** The narrowest card the spotlight lays out side by side, map px. */
const MIN_CARD = 200;

/**
 * The spotlighted stage laid out for the screen: as wide as the screen leaves beside the lane
 * labels, its cards side by side in as few columns as let the whole stage fit, at the largest
 * card text from the projector's most down to 24 px. When nothing fits even at 24 px, the
 * widest columns at 24 px (spotlightView then pages it by whole lanes).
 */
export function spotlightFrame(
  pane: { width: number; height: number },
  layoutFor: (stageWidth: number | null, columns: number) => MapLayout,
): { layout: MapLayout; width: number | null; columns: number } {
  const framed = (width: number | null, columns: number, layout = layoutFor(width, columns)) => ({
    layout,
    width,
    columns,
  });
  if (pane.width <= 0 || pane.height <= 0) return framed(null, 1);
  const roomFor = (zoom: number) => Math.floor((pane.width - LABEL_WIDTH - 2 * MARGIN) / zoom);
  const mostColumns = (width: number) => Math.max(1, Math.floor((width - 24) / (MIN_CARD + 10)));
  const zooms: number[] = [];
  for (let zoom = PRESENT_MAX_ZOOM; zoom > PRESENT_MIN_ZOOM; zoom *= 0.92) zooms.push(zoom);
  zooms.push(PRESENT_MIN_ZOOM);
  for (const zoom of zooms) {
    const width = roomFor(zoom);
    for (let columns = 1; columns <= mostColumns(width); columns++) {
      const layout = layoutFor(width, columns);
      if (layout.height * zoom <= pane.height - 2 * MARGIN) return framed(width, columns, layout);
    }
  }
  const width = roomFor(PRESENT_MIN_ZOOM);
  return framed(width, mostColumns(width));
}

export interface SpotlightView {
  x: number;
  y: number;
  zoom: number;
  /** Index of the first lane at the top of the screen (lane groups when the column is too tall). */
  firstLane: number;
  /** Index after the last lane fully on screen. */
  endLane: number;
}

/**
 * The spotlighted column beside the lane labels: the whole column (header, every lane, the
 * emotion band) scaled to the screen when its card text stays ≥ 24 px; otherwise at 24 px from
 * lane `firstLane` down, as many whole lanes as fit (the rest a key press away).
 */
export function spotlightView(
  layout: MapLayout,
  stage: { x: number; width: number },
  pane: { width: number; height: number },
  firstLane = 0,
): SpotlightView {
  const fitWidth = (pane.width - LABEL_WIDTH - 2 * MARGIN) / stage.width;
  const fitHeight = (pane.height - 2 * MARGIN) / layout.height;
  const wholeZoom = Math.min(PRESENT_MAX_ZOOM, fitWidth, fitHeight);
  const x = (z: number) =>
    LABEL_WIDTH + MARGIN + (pane.width - LABEL_WIDTH - 2 * MARGIN - stage.width * z) / 2 - stage.x * z;
  if (wholeZoom >= PRESENT_MIN_ZOOM)
    return {
      x: x(wholeZoom),
      y: (pane.height - layout.height * wholeZoom) / 2,
      zoom: wholeZoom,
      firstLane: 0,
      endLane: layout.lanes.length,
    };
  const zoom = Math.min(PRESENT_MIN_ZOOM, Math.max(fitWidth, 0.1));
  const lanes = layout.lanes;
  const first = Math.max(0, Math.min(firstLane, lanes.length - 1));
  // From the stage header for the first group, from the group's first lane after that (the
  // presentation bar names the stage).
  const top = first === 0 ? 0 : lanes[first]!.y;
  let end = first;
  while (end < lanes.length && (lanes[end]!.y + lanes[end]!.height - top) * zoom <= pane.height - 2 * MARGIN) end += 1;
  return { x: x(zoom), y: MARGIN - top * zoom, zoom, firstLane: first, endLane: Math.max(end, first + 1) };
}
