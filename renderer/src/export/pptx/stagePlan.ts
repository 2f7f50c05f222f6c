import type { Language } from '../../../../shared/model/constants';
import { dotsByCard } from '../../../../shared/model/ops/feedback';
import type { Card, JourneyMap, Lane } from '../../../../shared/model/types';
import { cardStyle } from '../../../../shared/render/cardStyle';
import { CARD_HEAD_LABELS } from '../../../../shared/templates/labels';
import type { FontMetrics } from '../fontMetrics';
import {
  CONTENT_TOP,
  LABEL_W,
  MARGIN,
  LINE,
  PAD_IN,
  PAD_PT,
  SLIDE_TEXT,
  linesHeight,
  slideLines,
  type SlideBox,
  type SlideSize,
} from './slideStyle';

/** Space between two cards, and between two rows of cards, inches. */
export const CARD_GAP = 0.08;
/** The narrowest column a card gets, inches: about 20 characters of 14 pt text. */
const MIN_COLUMN = 1.85;
/** Height of a blueprint line's band on a slide, inches: its name in one line of 12 pt. */
const LINE_BAND = 0.36;
/** Room kept under the content for the "continues" note, inches. */
const FOOT = 0.3;

export interface PlannedCard {
  card: Card;
  box: SlideBox;
  /** The picture's height at the top of the box, inches (0 without one). */
  pictureH: number;
  head: string;
  /** The head as it wraps in the card's width (links to other stages can make it two lines). */
  headLines: string[];
  text: string[];
}

export interface PlannedLane {
  lane: Lane;
  y: number;
  h: number;
  lines: string[];
  continued: boolean;
}

export interface StageSlidePlan {
  stageIndex: number;
  /** 0 for the stage's first slide, 1… for its continuations. */
  part: number;
  parts: number;
  cards: PlannedCard[];
  lanes: PlannedLane[];
  /** Blueprint lines (interaction, visibility, internal interaction) at their height. */
  lines: { lane: Lane; y: number; label: string; labelW: number }[];
  /** The card columns' left edges and width, for routing connectors along their gutters. */
  columns: { x: number; w: number }[];
  /** Each row of cards' vertical extent, gaps included: connectors cross between rows. */
  rows: { y: number; h: number }[];
  /** Connectors with both ends on this slide. */
  connectors: { from: string; to: string }[];
}

/**
 * A lane's cards of a stage in the canvas's reading order: those of the whole stage first, then
 * each step's, step by step.
 */
function cardsOf(doc: JourneyMap, stageId: string, laneId: string): Card[] {
  const steps = doc.stages.find((s) => s.id === stageId)?.steps ?? [];
  const rank = (c: Card) => (c.stepId === null ? -1 : steps.findIndex((t) => t.id === c.stepId));
  return doc.cards
    .filter((c) => c.stageId === stageId && c.laneId === laneId)
    .sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}

/** "  ▸ Step" for a card in a step of its stage (the slide has no step columns). */
function stepNote(doc: JourneyMap, card: Card): string {
  const step = doc.stages.find((s) => s.id === card.stageId)?.steps.find((t) => t.id === card.stepId);
  return step ? `  ▸ ${step.name}` : '';
}

/** "→ Stage" / "← Stage" for a connector whose other end is on another stage's slide. */
function linkNotes(doc: JourneyMap, card: Card): string {
  const stageOf = (id: string) => doc.stages.find((s) => s.id === doc.cards.find((c) => c.id === id)?.stageId);
  const notes: string[] = [];
  for (const c of doc.connectors) {
    const other = c.from === card.id ? c.to : c.to === card.id ? c.from : null;
    const stage = other ? stageOf(other) : undefined;
    if (!stage || stage.id === card.stageId) continue;
    notes.push(`${c.from === card.id ? '→' : '←'} ${stage.name}`);
  }
  return notes.length ? `  ${notes.join('  ')}` : '';
}

/** A card's type label line, as the canvas heads it: icon, label, dots, and links off the slide. */
export function cardHead(card: Card, lang: Language, dots: number, links: string): string {
  const look = cardStyle(card);
  return `${look.icon} ${CARD_HEAD_LABELS[card.type][lang].toUpperCase()}${dots ? `  ● ${dots}` : ''}${links}`;
}

/**
 * Where everything on a stage's slides goes. Lanes keep the map's order (a blueprint's lines
 * between the right lanes); a lane's cards stand side by side in columns across the slide's
 * width, as many rows as they need, each as tall as its text measured at 14 pt. A stage that
 * does not fit one slide continues on the next, cut between whole rows of cards, never inside one.
 */
export function planStageSlides(
  doc: JourneyMap,
  stageIndex: number,
  size: SlideSize,
  m: FontMetrics,
  hasPicture: (card: Card) => boolean,
): StageSlidePlan[] {
  const stage = doc.stages[stageIndex]!;
  const segments: Segment[] = doc.lanes
    .filter((l) => !l.hidden && (l.type === 'line' || l.type === 'cards'))
    .map((lane) => ({ lane, cards: lane.type === 'cards' ? cardsOf(doc, stage.id, lane.id) : [], continued: false }))
    .filter((seg) => seg.lane.type === 'line' || seg.cards.length);
  const pages = new Pager(doc, stageIndex, size, m, hasPicture);
  const fitting = Math.max(1, Math.floor(pages.areaW / MIN_COLUMN));
  const widest = (segs: Segment[]) => Math.min(fitting, Math.max(1, ...segs.map((seg) => seg.cards.length)));
  const first = pages.paginate(segments, widest(segments));
  // A slide whose lanes are all narrower than the stage's widest gets fewer, wider columns:
  // its cards only grow shorter, so it still fits one slide.
  const slides = first.flatMap((slide) => {
    const cols = widest(slide.segments);
    if (cols === slide.plan.columns.length) return [slide.plan];
    const again = pages.paginate(slide.segments, cols);
    return again.length === 1 ? [again[0]!.plan] : [slide.plan];
  });
  slides.forEach((s, i) => {
    s.part = i;
    s.parts = slides.length;
    const here = new Set(s.cards.map((c) => c.card.id));
    s.connectors = doc.connectors.filter((c) => here.has(c.from) && here.has(c.to));
  });
  return slides;
}

/** A lane's cards (or a blueprint line) as they fall on one slide. */
interface Segment {
  lane: Lane;
  cards: Card[];
  continued: boolean;
}

/** Lays segments out on as many slides as they need, with a given number of card columns. */
class Pager {
  readonly areaX = MARGIN + LABEL_W;
  readonly areaW: number;
  private readonly bottom: number;
  private readonly room: number;
  private readonly dots: ReadonlyMap<string, number>;

  constructor(
    private readonly doc: JourneyMap,
    private readonly stageIndex: number,
    size: SlideSize,
    private readonly m: FontMetrics,
    private readonly hasPicture: (card: Card) => boolean,
  ) {
    this.areaW = size.w - MARGIN - this.areaX;
    this.bottom = size.h - FOOT;
    this.room = this.bottom - CONTENT_TOP;
    this.dots = dotsByCard(doc.votes);
  }

  private measure(card: Card, cardW: number): Omit<PlannedCard, 'box'> {
    const { doc, m } = this;
    const head = cardHead(card, doc.language, this.dots.get(card.id) ?? 0, stepNote(doc, card) + linkNotes(doc, card));
    const headLines = slideLines(m, head, SLIDE_TEXT.cardLabel, true, cardW);
    const pictureH =
      this.hasPicture(card) && card.picture ? Math.min(cardW * (card.picture.height / card.picture.width), 1.4) : 0;
    // A card taller than a slide is cut, with an ellipsis, where the slide ends.
    const fixed = PAD_IN + linesHeight(headLines.length, SLIDE_TEXT.cardLabel) + pictureH;
    const most = Math.max(1, Math.floor(((this.room - fixed) * 72) / (SLIDE_TEXT.cardText * LINE)));
    let text = slideLines(m, card.text, SLIDE_TEXT.cardText, false, cardW);
    if (text.length > most) text = [...text.slice(0, most - 1), `${text[most - 1]}…`];
    return { card, pictureH, head, headLines, text };
  }

  paginate(segments: Segment[], cols: number): { plan: StageSlidePlan; segments: Segment[] }[] {
    const { m, areaX, bottom, room } = this;
    // The columns share the whole width: a stage of one card a lane gets cards as wide as the slide.
    const colW = this.areaW / cols;
    const cardW = colW - CARD_GAP;
    const heightOf = (c: Omit<PlannedCard, 'box'>) =>
      PAD_IN +
      linesHeight(c.headLines.length, SLIDE_TEXT.cardLabel) +
      linesHeight(c.text.length, SLIDE_TEXT.cardText) +
      c.pictureH;
    const blank = () => ({
      plan: {
        stageIndex: this.stageIndex,
        part: 0,
        parts: 0,
        cards: [],
        lanes: [],
        lines: [],
        columns: Array.from({ length: cols }, (_, i) => ({ x: areaX + i * colW, w: colW })),
        rows: [],
        connectors: [],
      } as StageSlidePlan,
      segments: [] as Segment[],
    });
    const slides = [blank()];
    let y = CONTENT_TOP;
    const slide = () => slides.at(-1)!;
    const newSlide = () => {
      slides.push(blank());
      y = CONTENT_TOP;
    };
    const used = () => slide().segments.length > 0;

    for (const seg of segments) {
      if (seg.lane.type === 'line') {
        // A dashed line across the slide, its name in capitals on the line over the cards' columns.
        if (y + LINE_BAND > bottom) newSlide();
        const label = slideLines(m, seg.lane.name.toUpperCase(), SLIDE_TEXT.lane, true, this.areaW)[0] ?? '';
        // Wide enough for a substitute face that runs a little wider than the measured one.
        const labelW = (m.width(label, SLIDE_TEXT.lane, true) * 1.12 + 2 * PAD_PT) / 72;
        slide().plan.lines.push({ lane: seg.lane, y: y + LINE_BAND / 2, label, labelW });
        slide().segments.push(seg);
        y += LINE_BAND;
        continue;
      }
      const rows: { cards: Omit<PlannedCard, 'box'>[]; h: number }[] = [];
      const measured = seg.cards.map((c) => this.measure(c, cardW));
      for (let i = 0; i < measured.length; i += cols) {
        const row = measured.slice(i, i + cols);
        rows.push({ cards: row, h: Math.max(...row.map(heightOf)) });
      }
      const lines = slideLines(m, seg.lane.name, SLIDE_TEXT.lane, true, LABEL_W - 0.1);
      // A lane is at least as tall as its name.
      const labelH = linesHeight(lines.length, SLIDE_TEXT.lane) + PAD_IN + CARD_GAP;
      const total = Math.max(
        rows.reduce((sum, r) => sum + r.h + CARD_GAP, 0),
        labelH,
      );
      // A whole lane moves to the next slide when it fits there and not here.
      if (y + total > bottom && total <= room && used()) newSlide();
      let part: Segment = { ...seg, cards: [] };
      let laneTop = y;
      const closeLane = () => {
        if (!part.cards.length) return;
        y = Math.max(y, laneTop + labelH);
        slide().plan.lanes.push({ lane: seg.lane, y: laneTop, h: y - laneTop, lines, continued: part.continued });
        slide().segments.push(part);
      };
      for (const row of rows) {
        if (y + row.h > bottom && (used() || part.cards.length)) {
          closeLane();
          newSlide();
          part = { ...seg, cards: [], continued: true };
          laneTop = y;
        }
        slide().plan.rows.push({ y: y - CARD_GAP / 2, h: row.h + CARD_GAP });
        row.cards.forEach((c, i) =>
          slide().plan.cards.push({ ...c, box: { x: areaX + i * colW + CARD_GAP / 2, y, w: cardW, h: row.h } }),
        );
        part.cards.push(...row.cards.map((c) => c.card));
        y += row.h + CARD_GAP;
      }
      closeLane();
    }
    return slides;
  }
}
