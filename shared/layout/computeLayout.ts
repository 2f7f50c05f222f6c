import { EMOTION_MAX, type PersonaColour } from '../model/constants';
import type { Card, EmotionPoint, JourneyMap, Lane } from '../model/types';
import { METRICS, SPOTLIGHT_CARD } from './metrics';
import { estimateCardHeight, hasCardFooter, laneLabelHeight, pictureBlockHeight } from './text';

export interface StageBox {
  id: string;
  index: number;
  x: number;
  width: number;
  /** The stage's steps as equal sub-columns, left to right (none: one column). */
  steps: { id: string; x: number; width: number }[];
}
export interface LaneBox {
  id: string;
  lane: Lane;
  y: number;
  height: number;
  /** A hidden lane shown as a thin strip so it can be shown again (canvas only). */
  collapsed: boolean;
}
export interface CellBox {
  stageId: string;
  laneId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface CardBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface EmotionPointBox {
  stageId: string;
  /** A step's point (over the step's column), not the stage's. */
  stepId?: string;
  score: number;
  label: string;
  x: number;
  y: number;
}
export interface MapLayout {
  width: number;
  height: number;
  stages: StageBox[];
  /** Visible lanes only, top to bottom. */
  lanes: LaneBox[];
  cells: CellBox[];
  cards: CardBox[];
  /** The height of the band of step names under the stage headers; 0 when no stage has steps. */
  stepBand: number;
  /** The main persona's curve (`points`) and each other persona's (`curves`), in the emotion lane. */
  emotion: { laneId: string; points: EmotionPointBox[]; curves: PersonaCurve[] } | null;
}

/** A persona's curve beside the main one: its points placed like the main curve's. */
export interface PersonaCurve {
  id: string;
  colour: PersonaColour;
  points: EmotionPointBox[];
}

export type MeasureCard = (card: Card, width: number) => number;

export interface LayoutOptions {
  measure?: MeasureCard;
  /** Hidden lanes: left out (exports) or kept as a collapsed strip (the canvas). */
  hiddenLanes?: 'omit' | 'collapse';
  /**
   * Room under the last card of a lane for adding another (the canvas). Paper has nothing to
   * add to: exports leave it out and print the map more compactly.
   */
  roomToAdd?: boolean;
  /**
   * Presenting one stage: only the cards that cover it are placed, and each lane is as tall as
   * that stage's content, so a whole column fits a projector with text readable from the back.
   */
  focusStage?: string;
  /**
   * Cards of one stage side by side: a cell's cards flow into this many columns, each row as
   * tall as its tallest card (a stage page on paper, the projector's spotlight). Default 1.
   */
  cellColumns?: number;
  /**
   * A height to reach: card lanes share what is left over equally (a stage page filling its
   * paper like a table), everything below them moves down. Never shrinks a layout.
   */
  stretchTo?: number;
  /** Lanes only as tall as their content, the curve's band shorter (a stage page on paper). */
  compact?: boolean;
}

/** Lane and emotion-band heights while one stage is presented (compact, still roomy). */
const FOCUS = { minLaneHeight: 48, emotionLaneHeight: 120 } as const;

const defaultMeasure: MeasureCard = (card, width) =>
  estimateCardHeight(card.text, width, hasCardFooter(card)) + pictureBlockHeight(card, width);

/** The cards over the stage at `index`: those of that stage and those spanning it from before. */
export function cardsCovering(doc: JourneyMap, index: number): Card[] {
  const at = new Map(doc.stages.map((s, i) => [s.id, i]));
  return doc.cards.filter((c) => {
    const first = at.get(c.stageId) ?? -1;
    return first <= index && index < first + c.stageSpan;
  });
}

/** y of a score inside the emotion lane: +3 at the top, -3 at the bottom. */
export function emotionY(laneY: number, laneHeight: number, score: number): number {
  const half = laneHeight / 2 - 24;
  return laneY + laneHeight / 2 - (score / EMOTION_MAX) * half;
}

/**
 * Where everything sits. Pure: the canvas, the exporters and the tests all call it with the
 * same document and get the same geometry. Cards stack top-down in their cell; a card that
 * spans stages starts below the lowest card of every stage it covers, so nothing overlaps.
 */
export function computeLayout(doc: JourneyMap, options: LayoutOptions = {}): MapLayout {
  const measure = options.measure ?? defaultMeasure;
  const m = options.focusStage === undefined ? METRICS : { ...METRICS, cellPadding: SPOTLIGHT_CARD.cellPadding };
  const stages: StageBox[] = [];
  let x = m.laneLabelWidth;
  doc.stages.forEach((s, index) => {
    const width = s.width ?? (s.steps.length > 1 ? s.steps.length * m.stepWidth : m.stageWidth);
    const each = width / Math.max(1, s.steps.length);
    const steps = s.steps.map((t, i) => ({ id: t.id, x: x + i * each, width: each }));
    stages.push({ id: s.id, index, x, width, steps });
    x += width;
  });
  const stepBand = doc.stages.some((s) => s.steps.length) ? m.stepHeaderHeight : 0;
  const stageIndex = new Map(stages.map((s) => [s.id, s.index]));
  const focus = options.focusStage === undefined ? undefined : stageIndex.get(options.focusStage);
  const covers = (card: Card) => {
    const first = stageIndex.get(card.stageId)!;
    return focus === undefined || (first <= focus && focus < first + card.stageSpan);
  };

  const cardsByLane = new Map<string, Card[]>();
  for (const card of doc.cards) {
    const list = cardsByLane.get(card.laneId) ?? [];
    list.push(card);
    cardsByLane.set(card.laneId, list);
  }

  const lanes: LaneBox[] = [];
  const cells: CellBox[] = [];
  const cards: CardBox[] = [];
  let emotion: MapLayout['emotion'] = null;
  let y = m.headerHeight + stepBand;

  for (const lane of doc.lanes) {
    if (lane.hidden) {
      if (options.hiddenLanes === 'collapse') {
        lanes.push({ id: lane.id, lane, y, height: m.collapsedLaneHeight, collapsed: true });
        y += m.collapsedLaneHeight;
      }
      continue;
    }
    if (lane.type === 'line') {
      lanes.push({ id: lane.id, lane, y, height: m.lineLaneHeight, collapsed: false });
      y += m.lineLaneHeight;
      continue;
    }
    if (lane.type === 'metrics') {
      lanes.push({ id: lane.id, lane, y, height: m.metricsLaneHeight, collapsed: false });
      y += m.metricsLaneHeight;
      continue;
    }
    if (lane.type === 'emotion') {
      const height = focus === undefined && !options.compact ? m.emotionLaneHeight : FOCUS.emotionLaneHeight;
      lanes.push({ id: lane.id, lane, y, height, collapsed: false });
      const place = (list: readonly EmotionPoint[]) =>
        list
          .filter((e) => stageIndex.has(e.stageId))
          .map((e) => {
            const s = stages[stageIndex.get(e.stageId) ?? 0]!;
            return { ...e, x: s.x + s.width / 2, y: emotionY(y, height, e.score) };
          })
          .sort((a, b) => a.x - b.x);
      const curves = doc.personas.map((p) => ({ id: p.id, colour: p.colour, points: place(p.emotions) }));
      emotion = {
        laneId: lane.id,
        points: mainCurve(doc, stages, place, (score) => emotionY(y, height, score)),
        curves,
      };
      y += height;
      continue;
    }

    const laneCards = (cardsByLane.get(lane.id) ?? [])
      .filter((c) => stageIndex.has(c.stageId) && covers(c))
      .sort((a, b) => stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! || a.order - b.order);
    const bottoms: number[] = stages.map(() => m.cellPadding);
    const cols = Math.max(1, Math.floor(options.cellColumns ?? 1));
    // The row of side-by-side cards each stage is filling: where it starts, how full and tall it is.
    const open = stages.map(() => ({ top: 0, count: cols, height: 0 }));
    const inStep = (card: Card) =>
      card.stepId !== null && stages[stageIndex.get(card.stageId)!]!.steps.some((t) => t.id === card.stepId);
    for (const card of laneCards.filter((c) => !inStep(c))) {
      const first = stageIndex.get(card.stageId)!;
      const covered = stages.slice(first, first + card.stageSpan);
      const left = covered[0]!;
      const right = covered[covered.length - 1]!;
      if (cols > 1 && covered.length === 1) {
        const row = open[first]!;
        if (row.count >= cols) Object.assign(row, { top: bottoms[first]!, count: 0, height: 0 });
        const width = (left.width - 2 * m.cellPadding - (cols - 1) * m.cardGap) / cols;
        const height = measure(card, width);
        const x = left.x + m.cellPadding + row.count * (width + m.cardGap);
        cards.push({ id: card.id, x, y: y + row.top, width, height });
        row.count += 1;
        row.height = Math.max(row.height, height);
        bottoms[first] = row.top + row.height + m.cardGap;
        continue;
      }
      const width = right.x + right.width - left.x - 2 * m.cellPadding;
      const top = Math.max(...covered.map((s) => bottoms[s.index]!));
      const height = measure(card, width);
      cards.push({ id: card.id, x: left.x + m.cellPadding, y: y + top, width, height });
      for (const s of covered) {
        bottoms[s.index] = top + height + m.cardGap;
        // A card across stages closes the rows it passes under.
        open[s.index]!.count = cols;
      }
    }
    placeStepCards(stages, laneCards.filter(inStep), bottoms, m, (card, box) => {
      const height = measure(card, box.width);
      cards.push({ ...box, id: card.id, y: y + box.y, height });
      return height;
    });
    const used = Math.max(...bottoms) - m.cardGap + m.cellPadding;
    // Always leave room under the last card so a new card can be dropped or double-clicked in.
    const room = options.roomToAdd === false || focus !== undefined ? 0 : 40;
    const min = focus === undefined && !options.compact ? m.minLaneHeight : FOCUS.minLaneHeight;
    // A long lane name wraps; the lane grows to show all of it rather than cut it.
    // (Present mode's spotlight draws its lane names beside the column instead.)
    const label = focus === undefined ? laneLabelHeight(lane.name) : 0;
    const height = Math.max(min, used + (laneCards.length ? room : 0), label);
    lanes.push({ id: lane.id, lane, y, height, collapsed: false });
    for (const s of stages) cells.push({ stageId: s.id, laneId: lane.id, x: s.x, y, width: s.width, height });
    y += height;
  }

  const out = { width: x, height: y, stages, lanes, cells, cards, stepBand, emotion };
  return options.stretchTo && options.stretchTo > y ? stretched(out, options.stretchTo) : out;
}

/**
 * The main persona's points: a stage's own, or, when some of its steps are scored, theirs over
 * the steps' columns (the steps tell that stage's feeling in more detail), left to right.
 */
function mainCurve(
  doc: JourneyMap,
  stages: StageBox[],
  place: (list: readonly EmotionPoint[]) => EmotionPointBox[],
  yOf: (score: number) => number,
): EmotionPointBox[] {
  const stepped = new Set(doc.stages.filter((s) => s.steps.some((t) => t.emotion)).map((s) => s.id));
  const steps = new Map(doc.stages.flatMap((s) => s.steps.map((t) => [t.id, t] as const)));
  const stepPoints = stages.flatMap((s) =>
    s.steps.flatMap((box) => {
      const e = steps.get(box.id)?.emotion;
      return e
        ? [{ stageId: s.id, stepId: box.id, score: e.score, label: e.label, x: box.x + box.width / 2, y: yOf(e.score) }]
        : [];
    }),
  );
  return [...place(doc.emotions.filter((e) => !stepped.has(e.stageId))), ...stepPoints].sort((a, b) => a.x - b.x);
}

/**
 * A stage's step cards, under the cards of the whole stage (and those spanning it): each step's
 * cards stacked in its sub-column from the same line, the stage's cell then as deep as the
 * deepest step. `place` measures and records a card at a box (y within the lane).
 */
function placeStepCards(
  stages: StageBox[],
  stepCards: Card[],
  bottoms: number[],
  m: { cellPadding: number; cardGap: number },
  place: (card: Card, box: { x: number; y: number; width: number }) => number,
): void {
  for (const stage of stages) {
    const mine = stepCards.filter((c) => c.stageId === stage.id);
    if (!mine.length) continue;
    const base = bottoms[stage.index]!;
    let lowest = base;
    for (const step of stage.steps) {
      let top = base;
      for (const card of mine.filter((c) => c.stepId === step.id))
        top += place(card, { x: step.x + m.cellPadding, y: top, width: step.width - 2 * m.cellPadding }) + m.cardGap;
      lowest = Math.max(lowest, top);
    }
    bottoms[stage.index] = lowest;
  }
}

/** The layout with its card lanes grown equally to make it `height` tall. */
function stretched(layout: MapLayout, height: number): MapLayout {
  const growing = layout.lanes.filter((l) => l.lane.type === 'cards' && !l.collapsed);
  if (!growing.length) return layout;
  const extra = (height - layout.height) / growing.length;
  // How far down each lane moves: the growth of every card lane above it.
  const shift = new Map<string, number>();
  let moved = 0;
  const lanes = layout.lanes.map((l) => {
    shift.set(l.id, moved);
    const grows = growing.includes(l);
    const out = { ...l, y: l.y + moved, height: l.height + (grows ? extra : 0) };
    if (grows) moved += extra;
    return out;
  });
  const laneAt = (y: number) => layout.lanes.find((l) => y >= l.y && y < l.y + l.height);
  const down = (y: number) => y + (shift.get(laneAt(y)?.id ?? '') ?? 0);
  return {
    ...layout,
    height,
    lanes,
    cells: layout.cells.map((c) => ({
      ...c,
      y: c.y + (shift.get(c.laneId) ?? 0),
      height: c.height + (growing.some((l) => l.id === c.laneId) ? extra : 0),
    })),
    cards: layout.cards.map((c) => ({ ...c, y: down(c.y) })),
    emotion: layout.emotion && {
      ...layout.emotion,
      points: layout.emotion.points.map((p) => ({ ...p, y: p.y + (shift.get(layout.emotion!.laneId) ?? 0) })),
      curves: layout.emotion.curves.map((c) => ({
        ...c,
        points: c.points.map((p) => ({ ...p, y: p.y + (shift.get(layout.emotion!.laneId) ?? 0) })),
      })),
    },
  };
}
