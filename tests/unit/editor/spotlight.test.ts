import { describe, expect, it } from 'vitest';
import {
  LABEL_WIDTH,
  MARGIN,
  PRESENT_MIN_ZOOM,
  spotlightFrame,
  spotlightView,
} from '../../../renderer/src/editor/present/presentGeometry';
import { computeLayout, type MapLayout } from '../../../shared/layout/computeLayout';
import { METRICS, spotlightCardHeight } from '../../../shared/layout/metrics';
import { estimateCardHeight, hasCardFooter } from '../../../shared/layout/text';
import { addCard, addLane } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { createMapFromTemplate } from '../../../shared/templates/createMap';

/** A stage with `lanes` card lanes of `each` short cards (what a workshop writes on a sticky). */
function stageOf(lanes: number, each: number): JourneyMap {
  let doc = createMapFromTemplate({ kind: 'current-state', language: 'en', title: 'Spotlight' });
  while (doc.lanes.filter((l) => l.type === 'cards').length < lanes)
    doc = addLane(doc, { name: 'More', type: 'cards' });
  doc = {
    ...doc,
    lanes: doc.lanes.filter(
      (l, i) => l.type !== 'cards' || doc.lanes.slice(0, i).filter((x) => x.type === 'cards').length < lanes,
    ),
  };
  for (const lane of doc.lanes.filter((l) => l.type === 'cards'))
    for (let i = 0; i < each; i++)
      doc = addCard(doc, { laneId: lane.id, stageId: doc.stages[1]!.id, text: `Short note ${i}` });
  return doc;
}

function frame(doc: JourneyMap, pane: { width: number; height: number }): MapLayout {
  const focusStage = doc.stages[1]!.id;
  return spotlightFrame(pane, (width, cellColumns) =>
    computeLayout(
      width === null ? doc : { ...doc, stages: doc.stages.map((s) => (s.id === focusStage ? { ...s, width } : s)) },
      {
        hiddenLanes: 'collapse',
        focusStage,
        cellColumns,
        // What the canvas measures in the spotlight: the card's text only.
        measure: (card, w) =>
          spotlightCardHeight(estimateCardHeight(card.text, w, hasCardFooter(card)), hasCardFooter(card)),
      },
    ),
  ).layout;
}

describe('one stage fills the projector', () => {
  it.each([6, 8])(
    'shows every lane of a %i-lane stage with 3 cards a lane on 1920×1080, side by side, text ≥ 24 px',
    (n) => {
      const doc = stageOf(n, 3);
      const pane = { width: 1920, height: 1024 };
      const layout = frame(doc, pane);
      const stage = layout.stages[1]!;
      const view = spotlightView(layout, stage, pane);
      expect(view.firstLane).toBe(0);
      expect(view.endLane).toBe(layout.lanes.length);
      expect(view.zoom).toBeGreaterThanOrEqual(PRESENT_MIN_ZOOM - 1e-9);
      expect(view.zoom * METRICS.fontSize).toBeGreaterThanOrEqual(24 - 1e-9);
      // The column uses the width beside the lane names, not a quarter of the screen.
      expect(stage.width * view.zoom).toBeGreaterThan((pane.width - LABEL_WIDTH - 2 * MARGIN) * 0.9);
      // Cards of one lane side by side: more than one x in a lane.
      const xs = new Set(
        layout.cards.filter((c) => c.y < layout.lanes[0]!.y + layout.lanes[0]!.height).map((c) => c.x),
      );
      expect(xs.size).toBeGreaterThan(1);
    },
  );

  it('pages a stage that cannot fit by whole lanes, at 24 px', () => {
    const doc = stageOf(8, 3);
    const pane = { width: 1366, height: 700 };
    const layout = frame(doc, pane);
    const view = spotlightView(layout, layout.stages[1]!, pane);
    expect(view.zoom * METRICS.fontSize).toBeGreaterThanOrEqual(24 - 1e-9);
    expect(view.endLane).toBeLessThan(layout.lanes.length);
    const next = spotlightView(layout, layout.stages[1]!, pane, view.endLane);
    expect(next.firstLane).toBe(view.endLane);
  });
});
