import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout, emotionY, estimateLines, METRICS, smoothPath } from '../../../shared/layout';
import { addCard } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { createMapFromTemplate } from '../../../shared/templates/createMap';
import { sampleMap } from '../../helpers/sampleMap';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('computeLayout', () => {
  it('places stage columns left to right after the lane labels', () => {
    const layout = computeLayout(sampleMap());
    expect(layout.stages.map((s) => s.x)).toEqual([200, 460, 720, 980, 1240]);
    expect(layout.width).toBe(METRICS.laneLabelWidth + 5 * METRICS.stageWidth);
  });

  it('stacks the cards of a cell top to bottom in their order', () => {
    const doc = sampleMap();
    const layout = computeLayout(doc);
    const [a, b] = ['c1', 'c2'].map((id) => layout.cards.find((c) => c.id === id)!);
    expect(a!.x).toBe(b!.x);
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height + METRICS.cardGap);
  });

  it('skips hidden lanes and closes the gap', () => {
    const doc = sampleMap();
    const hidden: JourneyMap = { ...doc, lanes: doc.lanes.map((l, i) => (i === 1 ? { ...l, hidden: true } : l)) };
    const a = computeLayout(doc);
    const b = computeLayout(hidden);
    expect(b.lanes.map((l) => l.id)).not.toContain(doc.lanes[1]!.id);
    expect(b.height).toBe(a.height - a.lanes[1]!.height);
  });

  it('draws blueprint lines as thin rows between their lanes', () => {
    const doc = createMapFromTemplate({ kind: 'service-blueprint', language: 'en' });
    const layout = computeLayout(doc);
    const lines = layout.lanes.filter((l) => l.lane.type === 'line');
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l.height).toBe(METRICS.lineLaneHeight);
    expect(layout.cells.some((c) => lines.some((l) => l.id === c.laneId))).toBe(false);
  });

  it('puts emotion points at their stage centre, higher for happier', () => {
    const layout = computeLayout(sampleMap());
    const [p] = layout.emotion!.points;
    const lane = layout.lanes.find((l) => l.lane.type === 'emotion')!;
    expect(p!.x).toBe(layout.stages[0]!.x + METRICS.stageWidth / 2);
    expect(p!.y).toBeLessThan(lane.y + lane.height / 2);
    expect(emotionY(0, 180, 3)).toBeLessThan(emotionY(0, 180, -3));
  });

  it('widens a card that spans stages and keeps later cards clear of it', () => {
    let doc = sampleMap();
    const lane = doc.lanes[0]!.id;
    doc = addCard(doc, { laneId: lane, stageId: doc.stages[1]!.id, text: 'span', id: 'wide' });
    doc = { ...doc, cards: doc.cards.map((c) => (c.id === 'wide' ? { ...c, stageSpan: 3, order: -1 } : c)) };
    const wide = computeLayout(doc).cards.find((c) => c.id === 'wide')!;
    expect(wide.width).toBe(3 * METRICS.stageWidth - 2 * METRICS.cellPadding);
  });

  it('never overlaps two cards and keeps every card inside its lane, for any cards', () => {
    const base = createMapFromTemplate({ kind: 'current-state', language: 'vi' });
    const cardLanes = base.lanes.filter((l) => l.type === 'cards');
    const cardArb = fc.record({
      lane: fc.nat(cardLanes.length - 1),
      stage: fc.nat(base.stages.length - 1),
      span: fc.integer({ min: 1, max: 3 }),
      order: fc.integer({ min: -5, max: 5 }),
      text: fc.string({ maxLength: 300 }),
    });
    fc.assert(
      fc.property(fc.array(cardArb, { maxLength: 40 }), (specs) => {
        let doc = base;
        specs.forEach((s, i) => {
          doc = addCard(doc, {
            laneId: cardLanes[s.lane]!.id,
            stageId: doc.stages[s.stage]!.id,
            text: s.text,
            id: `k${i}`,
          });
          const span = Math.min(s.span, doc.stages.length - s.stage);
          doc = {
            ...doc,
            cards: doc.cards.map((c) => (c.id === `k${i}` ? { ...c, stageSpan: span, order: s.order } : c)),
          };
        });
        const layout = computeLayout(doc);
        for (let i = 0; i < layout.cards.length; i++)
          for (let j = i + 1; j < layout.cards.length; j++)
            if (overlaps(layout.cards[i]!, layout.cards[j]!)) return false;
        return layout.cards.every((box) => {
          const card = doc.cards.find((c) => c.id === box.id)!;
          const lane = layout.lanes.find((l) => l.id === card.laneId)!;
          return inside(box, { x: 0, y: lane.y, width: layout.width, height: lane.height });
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('estimateLines', () => {
  it('counts explicit line breaks and wraps long text', () => {
    expect(estimateLines('one', 200)).toBe(1);
    expect(estimateLines('one\ntwo\nthree', 200)).toBe(3);
    expect(estimateLines('Khách hàng đọc đánh giá trên Shopee '.repeat(6), 200)).toBeGreaterThan(5);
  });

  it('breaks a word longer than the line', () => {
    expect(estimateLines('x'.repeat(100), 76)).toBeGreaterThanOrEqual(10);
  });
});

describe('smoothPath', () => {
  it('passes through every point', () => {
    const d = smoothPath([
      { x: 0, y: 10 },
      { x: 50, y: 0 },
      { x: 100, y: 20 },
    ]);
    expect(d.startsWith('M0,10')).toBe(true);
    expect(d).toContain('50,0 C');
    expect(d.endsWith('100,20')).toBe(true);
  });
  it('is empty for no points', () => expect(smoothPath([])).toBe(''));
});
