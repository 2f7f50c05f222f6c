import type { Point } from './curve';

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

interface RouteSpace {
  /** Stage columns: x and width. */
  stages: readonly { x: number; width: number }[];
  /** Lane rows: y and height. */
  lanes: readonly { y: number; height: number }[];
  /** Every card on the map. */
  cards: readonly Box[];
}

/** Whether a horizontal or vertical segment runs through a box's inside. */
function crosses(p: Point, q: Point, b: Box): boolean {
  const [x0, x1] = p.x < q.x ? [p.x, q.x] : [q.x, p.x];
  const [y0, y1] = p.y < q.y ? [p.y, q.y] : [q.y, p.y];
  return x0 < b.x + b.width - 0.5 && x1 > b.x + 0.5 && y0 < b.y + b.height - 0.5 && y1 > b.y + 0.5;
}

/** Whether a polyline passes over any card other than its own two. */
export function routeHitsCards(points: readonly Point[], cards: readonly Box[], ends: readonly Box[] = []): boolean {
  const same = (p: Box, q: Box) => p.x === q.x && p.y === q.y && p.width === q.width && p.height === q.height;
  const others = cards.filter((c) => !ends.some((e) => same(c, e)));
  for (let i = 1; i < points.length; i++) if (others.some((b) => crosses(points[i - 1]!, points[i]!, b))) return true;
  return false;
}

/** The stage edge just outside a card on one side: a gutter no card of one stage reaches. */
function gutter(space: RouteSpace, x: number, side: 'left' | 'right'): number {
  const edges = space.stages.flatMap((s) => [s.x, s.x + s.width]);
  const sorted = [...new Set(edges)].sort((a, b) => a - b);
  return side === 'right'
    ? (sorted.find((e) => e >= x) ?? x + 12)
    : ([...sorted].reverse().find((e) => e <= x) ?? x - 12);
}

/**
 * An orthogonal path between two cards that never runs over a third: out of the source's side,
 * along the stage gutter beside it, across on a lane boundary (cards never cross one), down the
 * target's gutter and into its side. Cards stacked in one column are joined straight down when
 * nothing is between them. Shared by the canvas and every export, so both draw the same path.
 */
export function routeConnector(full: RouteSpace, a: Box, b: Box): Point[] {
  // Every segment stays between the two cards' outer gutters: only cards there can be in the way.
  const [minX, maxX] = [Math.min(a.x, b.x) - 13, Math.max(a.x + a.width, b.x + b.width) + 13];
  const space = { ...full, cards: full.cards.filter((c) => c.x < maxX && c.x + c.width > minX) };
  const sides = connectorSides(a, b);
  const start = anchor(a, sides.from);
  const end = anchor(b, sides.to);
  if (sides.from !== 'right') {
    const straight = [start, end];
    if (!routeHitsCards(straight, space.cards, [a, b])) return straight;
  }
  const s = anchor(a, 'right');
  const t = anchor(b, 'left');
  const g1 = gutter(space, s.x, 'right');
  const g2 = gutter(space, t.x, 'left');
  if (Math.abs(s.y - t.y) < 0.5 && g2 >= g1 && !routeHitsCards([s, t], space.cards, [a, b])) return [s, t];
  const direct = [s, { x: g1, y: s.y }, { x: g1, y: t.y }, { x: g2, y: t.y }, t];
  if (g2 >= g1 - 0.5 && !routeHitsCards(direct, space.cards, [a, b])) return simplify(direct);
  // Across on the lane boundary nearest to halfway between the two cards.
  const mid = (s.y + t.y) / 2;
  const boundaries = [...new Set(space.lanes.flatMap((l) => [l.y, l.y + l.height]))].sort(
    (p, q) => Math.abs(p - mid) - Math.abs(q - mid),
  );
  for (const y of boundaries) {
    const path = [s, { x: g1, y: s.y }, { x: g1, y }, { x: g2, y }, { x: g2, y: t.y }, t];
    if (!routeHitsCards(path, space.cards, [a, b])) return simplify(path);
  }
  return simplify(direct);
}

/** Drops repeated points and joins runs in one direction. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const before = out.at(-2);
    if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y)))
      out.pop();
    out.push(p);
  }
  return out;
}

/** An SVG path through the points with the corners rounded (radius up to `r`). */
export function roundedPath(points: readonly Point[], r = 8): string {
  if (points.length < 2) return '';
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [p, c, n] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const inLen = Math.hypot(c.x - p.x, c.y - p.y);
    const outLen = Math.hypot(n.x - c.x, n.y - c.y);
    const k = Math.min(r, inLen / 2, outLen / 2);
    const a = { x: c.x - ((c.x - p.x) / inLen) * k, y: c.y - ((c.y - p.y) / inLen) * k };
    const b = { x: c.x + ((n.x - c.x) / outLen) * k, y: c.y + ((n.y - c.y) / outLen) * k };
    d += ` L${a.x},${a.y} Q${c.x},${c.y} ${b.x},${b.y}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${last.x},${last.y}`;
}
