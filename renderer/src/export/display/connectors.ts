import { roundedPath, routeConnector } from '../../../../shared/layout/connectorRoute';
import type { Band } from './band';
import type { DisplayList, Item } from './types';

/** Connectors, on top: the same orthogonal routes as the canvas, ending in an arrowhead on the card edge. */
export function connectorItems({ doc, layout, X, Y }: Band, placed: DisplayList['cards']): Item[] {
  const items: Item[] = [];
  const boxes = new Map(placed.map((p) => [p.id, p]));
  const routeSpace = {
    stages: layout.stages.map((st) => ({ x: X(st.x), width: st.width })),
    lanes: layout.lanes.map((l) => ({ y: Y(l.y), height: l.height })),
    cards: placed.map((p) => ({ x: p.x, y: p.y, width: p.w, height: p.h })),
  };
  for (const c of doc.connectors) {
    const a = boxes.get(c.from);
    const b = boxes.get(c.to);
    if (!a || !b) continue;
    const ab = { x: a.x, y: a.y, width: a.w, height: a.h };
    const bb = { x: b.x, y: b.y, width: b.w, height: b.h };
    // The same orthogonal route as the canvas, around every other card.
    const points = routeConnector(routeSpace, ab, bb);
    const tip = points.at(-1)!;
    const prev = points.at(-2)!;
    const len = Math.hypot(tip.x - prev.x, tip.y - prev.y) || 1;
    // Unit vector the arrow travels in as it enters the target.
    const dir = { x: (tip.x - prev.x) / len, y: (tip.y - prev.y) / len };
    const shortened = [...points.slice(0, -1), { x: tip.x - dir.x * 7, y: tip.y - dir.y * 7 }];
    items.push({ kind: 'path', d: roundedPath(shortened), stroke: '#334155', width: 2 });
    // The arrowhead: tip on the card edge, base 9 units back, 10 wide.
    const px = -dir.y;
    const py = dir.x;
    const bx = tip.x - dir.x * 9;
    const by = tip.y - dir.y * 9;
    items.push({
      kind: 'path',
      d: `M${tip.x},${tip.y} L${bx + px * 5},${by + py * 5} L${bx - px * 5},${by - py * 5} Z`,
      fill: '#334155',
    });
  }
  return items;
}
