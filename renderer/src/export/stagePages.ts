import { cardsCovering } from '../../../shared/layout/computeLayout';
import { METRICS } from '../../../shared/layout/metrics';
import type { JourneyMap } from '../../../shared/model/types';
import { buildDisplayList } from './displayList';
import type { DisplayList, DisplayOptions } from './display/types';
import type { FontMetrics } from './fontMetrics';
import { PAGE_FRAME, PAPER, type PageOptions } from './pagePlan';

/** Card text on a stage page: never under 9 pt, never over 14 pt. */
export const STAGE_TEXT_PT = { min: 9, max: 14 } as const;
/** A card column on a stage page, map px: wide enough to read as a card, narrow enough to scan. */
const CARD_COLUMN = { min: 200, max: 430 } as const;
/** The title block's print scale on page 1: its 12 px text at 9 pt. */
const TITLE_SCALE = 0.75;
/** The title block's width, map px, when it stands in a column beside the first stage. */
const SIDE_TITLE_W = 250;

/** The map reduced to one stage: its cards (spanning ones included), its emotion, its own connectors. */
export function stageOnly(doc: JourneyMap, index: number, width: number): JourneyMap {
  const stage = doc.stages[index]!;
  const cards = cardsCovering(doc, index).map((c) => ({ ...c, stageId: stage.id, stageSpan: 1 }));
  const ids = new Set(cards.map((c) => c.id));
  return {
    ...doc,
    stages: [{ ...stage, width: Math.round(width) }],
    cards,
    emotions: doc.emotions.filter((e) => e.stageId === stage.id),
    connectors: doc.connectors.filter((c) => ids.has(c.from) && ids.has(c.to)),
    metrics: { ...doc.metrics, records: doc.metrics.records.filter((r) => r.stageId === stage.id) },
  };
}

/** One printed page of a stage: its display list, where it goes, and which rows of it (map px). */
export interface StagePage {
  stageIndex: number;
  list: DisplayList;
  /** PDF points per map px. */
  scale: number;
  /** Where the list's (0, 0) lands on the page, points from the top left. */
  left: number;
  top: number;
  /** The lanes this page shows, map px below the stage header (which every page draws). */
  rows: { y0: number; y1: number };
  part: number;
  parts: number;
  /** Page 1 carries the title block above the stage. */
  title: { list: Pick<DisplayList, 'items'>; scale: number; left: number } | null;
}

export interface StagePlan {
  pageW: number;
  pageH: number;
  margin: number;
  pages: StagePage[];
}

/** Print scales from the largest text down to the smallest, 5 % apart. */
function scales(): number[] {
  const out: number[] = [];
  const [hi, lo] = [STAGE_TEXT_PT.max / METRICS.fontSize, STAGE_TEXT_PT.min / METRICS.fontSize];
  for (let s = hi; s > lo; s *= 0.95) out.push(s);
  out.push(lo);
  return out;
}

/**
 * One stage per page, whole: the stage is laid out again for the paper, as wide as the page
 * (its cards side by side in columns) and as tall as it (card lanes share the spare height),
 * at the largest card text from 14 pt down to 9 pt that fits. A stage that cannot fit at 9 pt
 * continues on further pages, cut only between lanes, never beside a blueprint line.
 */
export function planStagePages(
  doc: JourneyMap,
  m: FontMetrics,
  display: DisplayOptions,
  options: Pick<PageOptions, 'paper' | 'orientation'>,
): StagePlan {
  const paper = PAPER[options.paper];
  const [pageW, pageH] = options.orientation === 'portrait' ? [paper.w, paper.h] : [paper.h, paper.w];
  const { margin, footer } = PAGE_FRAME;
  const W = pageW - 2 * margin;
  const H = pageH - 2 * margin - footer;
  const base: DisplayOptions = { ...display, margin: 0, titleBlock: false };
  const title = buildDisplayList(doc, m, { ...display, margin: 0 }).title;

  const build = (index: number, width: number, scale: number, cols: number, stretchTo?: number) =>
    buildDisplayList(stageOnly(doc, index, width / scale - METRICS.laneLabelWidth), m, {
      ...base,
      stageOffset: index,
      layout: { cellColumns: cols, compact: true, ...(stretchTo ? { stretchTo } : {}) },
    });
  /** The stage at the largest text that fits a w × h box (as wide as it, as tall), or null. */
  const fit = (index: number, w: number, h: number): { list: DisplayList; scale: number } | null => {
    for (const scale of scales()) {
      const stageW = w / scale - METRICS.laneLabelWidth - 2 * METRICS.cellPadding;
      const fewest = Math.max(1, Math.ceil(stageW / CARD_COLUMN.max));
      const most = Math.max(1, Math.floor(stageW / CARD_COLUMN.min));
      for (let cols = fewest; cols <= most; cols++)
        if (build(index, w, scale, cols).height * scale <= h + 0.5)
          return { list: build(index, w, scale, cols, h / scale), scale };
    }
    return null;
  };

  const pages: StagePage[] = [];
  const whole = (
    index: number,
    at: { left: number; top: number },
    found: { list: DisplayList; scale: number },
    head: StagePage['title'],
  ) =>
    pages.push({
      stageIndex: index,
      ...found,
      ...at,
      rows: { y0: METRICS.headerHeight + found.list.layout.stepBand, y1: found.list.height },
      part: 0,
      parts: 1,
      title: head,
    });

  // Page 1: the title block above the first stage; where that leaves it too little height, in
  // a column beside it; where neither fits, the first stage continues on a second page.
  const top = title(W / TITLE_SCALE);
  const topH = top.height * TITLE_SCALE + 8;
  const side = title(SIDE_TITLE_W);
  const sideW = SIDE_TITLE_W * TITLE_SCALE + 16;
  let start = 0;
  const above = fit(0, W, H - topH);
  const beside = above ? null : side.height * TITLE_SCALE <= H ? fit(0, W - sideW, H) : null;
  if (above) whole(0, { left: margin, top: margin + topH }, above, { list: top, scale: TITLE_SCALE, left: margin });
  else if (beside)
    whole(0, { left: margin + sideW, top: margin }, beside, { list: side, scale: TITLE_SCALE, left: margin });
  else start = -1;

  doc.stages.forEach((_, index) => {
    if (index === 0 && start === 0) return;
    const head = index === 0 ? { list: top, scale: TITLE_SCALE, left: margin } : null;
    const room = head ? H - topH : H;
    const found = head ? null : fit(index, W, H);
    if (found) return whole(index, { left: margin, top: margin }, found, null);
    // Too tall at the smallest text: pages of whole lanes.
    const scale = STAGE_TEXT_PT.min / METRICS.fontSize;
    const cols = Math.max(1, Math.floor((W / scale - METRICS.laneLabelWidth) / CARD_COLUMN.min));
    const list = build(index, W, scale, cols);
    const runs = laneRuns(list, room / scale, H / scale);
    runs.forEach((rows, part) =>
      pages.push({
        stageIndex: index,
        list,
        scale,
        left: margin,
        top: margin + (part === 0 && head ? topH : 0),
        rows,
        part,
        parts: runs.length,
        title: part === 0 ? head : null,
      }),
    );
  });
  return { pageW, pageH, margin, pages };
}

/**
 * The stage's lanes in runs that each fit a page's height (the first may be shorter), broken
 * only between lanes and never next to a blueprint line, which stays with the lanes it divides.
 */
function laneRuns(list: DisplayList, first: number, rest: number): { y0: number; y1: number }[] {
  const header = METRICS.headerHeight + list.layout.stepBand;
  const lanes = list.layout.lanes;
  const runs: { y0: number; y1: number }[] = [];
  let start = 0;
  while (start < lanes.length) {
    const limit = (runs.length ? rest : first) - header;
    let end = start;
    let best = -1;
    while (end < lanes.length && lanes[end]!.y + lanes[end]!.height - lanes[start]!.y <= limit + 0.5) {
      const next = lanes[end + 1];
      // A break after `end` is allowed unless a line is on either side of it.
      if (!next || (lanes[end]!.lane.type !== 'line' && next.lane.type !== 'line')) best = end;
      end += 1;
    }
    // No break the rule allows: the last lane that fits, or a lane taller than a page on its own.
    if (best < 0) best = Math.max(start, end - 1);
    runs.push({ y0: lanes[start]!.y, y1: lanes[best]!.y + lanes[best]!.height });
    start = best + 1;
  }
  return runs;
}
