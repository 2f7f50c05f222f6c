import { describe, expect, it } from 'vitest';
import {
  buildEdges,
  buildNodes,
  createNodeReuser,
  routeConnectors,
  type CardNode,
} from '../../../renderer/src/editor/canvas/buildNodes';
import { computeLayout } from '../../../shared/layout/computeLayout';
import { addConnector, setLaneHidden, updateCard } from '../../../shared/model/operations';
import { sampleMap } from '../../helpers/sampleMap';

const layoutOf = (doc: ReturnType<typeof sampleMap>) => computeLayout(doc, { hiddenLanes: 'collapse' });

describe('canvas nodes from the document and its layout', () => {
  it('places one header per stage, one label per lane and every card where the layout put it', () => {
    const doc = sampleMap();
    const layout = layoutOf(doc);
    const nodes = buildNodes(doc, layout, new Set(['c1']), null);
    expect(nodes.filter((n) => n.type === 'stage')).toHaveLength(doc.stages.length);
    expect(nodes.filter((n) => n.type === 'laneLabel')).toHaveLength(doc.lanes.filter((l) => l.type !== 'line').length);
    const cards = nodes.filter((n): n is CardNode => n.type === 'card');
    expect(cards.map((c) => c.id).sort()).toEqual(doc.cards.map((c) => c.id).sort());
    for (const card of cards) {
      const box = layout.cards.find((b) => b.id === card.id)!;
      expect(card.position).toEqual({ x: box.x, y: box.y });
      expect(card.selected).toBe(card.id === 'c1');
    }
  });

  it('marks a hidden lane collapsed and offers the add-stage and add-lane controls', () => {
    const doc = sampleMap();
    const lane = doc.lanes.find((l) => l.type === 'cards')!;
    const hidden = setLaneHidden(doc, lane.id, true);
    const nodes = buildNodes(hidden, layoutOf(hidden), new Set(), null);
    const label = nodes.find((n) => n.id === `lane:${lane.id}`);
    expect(label?.data).toMatchObject({ collapsed: true });
    expect(nodes.some((n) => n.type === 'addStage')).toBe(true);
    expect(nodes.some((n) => n.type === 'addLane')).toBe(true);
  });

  it('keeps the node objects of unchanged cards when one card changes (React Flow skips them)', () => {
    const doc = sampleMap();
    const reuse = createNodeReuser();
    const before = reuse(buildNodes(doc, layoutOf(doc), new Set(), null));
    const edited = updateCard(doc, 'c2', { text: 'Một nội dung khác' });
    const after = reuse(buildNodes(edited, layoutOf(edited), new Set(), null));
    const changed = after.filter((n) => !before.includes(n)).map((n) => n.id);
    expect(changed).toContain('c2');
    expect(changed).not.toContain('c1');
    expect(changed.filter((id) => doc.cards.some((c) => c.id === id))).toEqual(['c2']);
  });

  it('draws a connector as a routed edge with a translated label, selected when chosen', () => {
    const withLink = addConnector(sampleMap(), 'c1', 'c3');
    const layout = layoutOf(withLink);
    const routes = routeConnectors(withLink.connectors, layout);
    const [edge] = buildEdges(withLink, routes, new Set([withLink.connectors[0]!.id]), 'Đường nối');
    expect(edge).toMatchObject({ source: 'c1', target: 'c3', type: 'routed', selected: true, ariaLabel: 'Đường nối' });
    expect((edge!.data as { points: unknown[] }).points.length).toBeGreaterThanOrEqual(2);
  });
});
