import { describe, expect, it } from 'vitest';
import { syntheticMap } from '../../../bench/synthetic';
import { computeLayout } from '../../../shared/layout/computeLayout';
import { routeConnector, routeHitsCards } from '../../../shared/layout/connectorRoute';
import { addCard, addConnector } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { createMapFromTemplate } from '../../../shared/templates/createMap';

function routes(doc: JourneyMap) {
  const layout = computeLayout(doc);
  const boxes = new Map(layout.cards.map((c) => [c.id, c]));
  return doc.connectors.map((c) => {
    const a = boxes.get(c.from)!;
    const b = boxes.get(c.to)!;
    return { a, b, points: routeConnector(layout, a, b), cards: layout.cards };
  });
}

describe('connector routing', () => {
  it('goes around a card that sits on the straight line between two others', () => {
    let doc = createMapFromTemplate({ kind: 'current-state', language: 'en' });
    const lane = doc.lanes[0]!.id;
    const [s1, s2, s3] = doc.stages;
    doc = addCard(doc, { laneId: lane, stageId: s1!.id, id: 'from', text: 'Start' });
    doc = addCard(doc, { laneId: lane, stageId: s2!.id, id: 'between', text: 'In the way' });
    doc = addCard(doc, { laneId: lane, stageId: s3!.id, id: 'to', text: 'End' });
    doc = addConnector(doc, 'from', 'to');
    const [r] = routes(doc);
    // The straight line would cross "In the way"; the route does not.
    expect(routeHitsCards([r!.points[0]!, r!.points.at(-1)!], r!.cards, [r!.a, r!.b])).toBe(true);
    expect(routeHitsCards(r!.points, r!.cards, [r!.a, r!.b])).toBe(false);
    // It leaves the source's right edge and ends on the target's left edge, horizontally.
    expect(r!.points[0]).toEqual({ x: r!.a.x + r!.a.width, y: r!.a.y + r!.a.height / 2 });
    expect(r!.points.at(-1)).toEqual({ x: r!.b.x, y: r!.b.y + r!.b.height / 2 });
    expect(r!.points.at(-2)!.y).toBe(r!.points.at(-1)!.y);
    for (let i = 1; i < r!.points.length; i++) {
      const [p, q] = [r!.points[i - 1]!, r!.points[i]!];
      expect(p.x === q.x || p.y === q.y).toBe(true);
    }
  });

  it('never runs over another card on a busy map (300 cards, 10 connectors plus 40 random ones)', () => {
    let doc = syntheticMap(300);
    const ids = doc.cards.map((c) => c.id);
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 40; i++) {
      const a = ids[Math.floor(next() * ids.length)]!;
      const b = ids[Math.floor(next() * ids.length)]!;
      if (a !== b) doc = addConnector(doc, a, b);
    }
    const all = routes(doc);
    expect(all.length).toBeGreaterThan(30);
    const hits = all.filter((r) => routeHitsCards(r.points, r.cards, [r.a, r.b]));
    expect(hits.length).toBe(0);
  });
});
