export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a connector leaves its source card and enters its target card. */
export type ConnectorSides =
  { from: 'right'; to: 'left' } | { from: 'bottom'; to: 'top' } | { from: 'top'; to: 'bottom' };

/**
 * Cards stacked in the same column (a blueprint's customer action above the frontstage step
 * that supports it) are joined top-to-bottom; anything else left-to-right. Shared so the canvas
 * and the exports draw the same arrow.
 */
export function connectorSides(a: Box, b: Box): ConnectorSides {
  const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  if (overlap > Math.min(a.width, b.width) / 2) {
    if (b.y >= a.y + a.height) return { from: 'bottom', to: 'top' };
    if (b.y + b.height <= a.y) return { from: 'top', to: 'bottom' };
  }
  return { from: 'right', to: 'left' };
}

/** The point on a box's side where a connector attaches. */
export function anchor(box: Box, side: 'left' | 'right' | 'top' | 'bottom'): { x: number; y: number } {
  if (side === 'left') return { x: box.x, y: box.y + box.height / 2 };
  if (side === 'right') return { x: box.x + box.width, y: box.y + box.height / 2 };
  if (side === 'top') return { x: box.x + box.width / 2, y: box.y };
  return { x: box.x + box.width / 2, y: box.y + box.height };
}
