import { METRICS } from '../../../shared/layout/metrics';
import type { DisplayList } from './display/types';

export const PAPER = {
  a4: { w: 595.28, h: 841.89, label: 'A4' },
  a3: { w: 841.89, h: 1190.55, label: 'A3' },
  letter: { w: 612, h: 792, label: 'Letter' },
} as const;
export type Paper = keyof typeof PAPER;

/**
 * The PDF layouts, declared once: the export dialog, Settings' defaults and the exporter read
 * this list. `fit`: the whole map on one page of a paper size, with its title block; `tiles`:
 * pages at a readable size; `stages`: one stage per page; `poster`: one page sized to the map.
 */
export const PDF_LAYOUTS = ['fit', 'tiles', 'stages', 'poster'] as const;
export type PdfLayout = (typeof PDF_LAYOUTS)[number];

/** Card text on paper: the least a report page may print, and what tiled pages aim for. */
export const MIN_FIT_TEXT_PT = 6;
export const TILE_TEXT_PT = 8;

/** A page layout the map cannot be printed in, said in the interface language. */
export class ExportRefusal extends Error {
  override name = 'ExportRefusal';
  constructor(
    message: string,
    readonly i18n: { key: string; params: Record<string, string | number> },
  ) {
    super(message);
  }
}

export interface PageOptions {
  paper: Paper;
  orientation: 'portrait' | 'landscape';
  /** `tiles`: as many stages per page as fit (planPages); `stages`: one stage per page (planStagePages). */
  mode: 'tiles' | 'stages';
}

/** One page: a window onto the map's body (absolute display-list coordinates) and a scale. */
export interface PagePlan {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A window where it sits on its printed page: `left`/`top` in map px from the page's printable corner (under page 1's title block). */
export interface SheetWindow extends PagePlan {
  left: number;
  top: number;
}

export interface Plan {
  pageW: number;
  pageH: number;
  /** PDF points per map pixel. */
  scale: number;
  margin: number;
  footer: number;
  /** Every window, in reading order (each shows whole cards only). */
  pages: PagePlan[];
  /**
   * The printed pages: usually one window each; narrow windows (one-stage ones where tall cells left
   * no common row break across stages) sit side by side, so no page is left half empty.
   */
  sheets: SheetWindow[][];
  /**
   * The title block on page 1, laid out for the page width (map px at `scale`): above the first
   * window when the first column could be shortened for it, else alone on a cover page.
   */
  title: { width: number; height: number; cover: boolean } | null;
}

/** Every paper page's margin and the footer inside its bottom margin, points. */
export const PAGE_FRAME = { margin: 20, footer: 18 } as const;
const MARGIN = PAGE_FRAME.margin;
const FOOTER = PAGE_FRAME.footer;
/** Points between windows printed side by side on one page. */
export const SHEET_GAP = 14;

/** PDF points per map pixel at which card text prints at `pt` points. */
const scaleForText = (pt: number) => pt / METRICS.fontSize;

export interface FitPlan {
  pageW: number;
  pageH: number;
  scale: number;
  left: number;
  top: number;
  /** The card text size on paper, in points. */
  textPt: number;
  /** The page's margin; the footer is drawn inside the bottom one. */
  margin: number;
}

/**
 * The whole map (title block included) on one page, centred. Refused, with the size the text
 * would have and what to choose instead, when card text would print under MIN_FIT_TEXT_PT.
 */
export function planFitPage(
  list: Pick<DisplayList, 'width' | 'height'>,
  options: Pick<PageOptions, 'paper' | 'orientation'>,
): FitPlan {
  const paper = PAPER[options.paper];
  const [pageW, pageH] = options.orientation === 'portrait' ? [paper.w, paper.h] : [paper.h, paper.w];
  const scale = Math.min((pageW - 2 * MARGIN) / list.width, (pageH - 2 * MARGIN - FOOTER) / list.height);
  const textPt = Math.round(METRICS.fontSize * scale * 10) / 10;
  if (textPt < MIN_FIT_TEXT_PT)
    throw new ExportRefusal(
      `On one ${paper.label} page the card text would print at ${textPt} pt, below the ${MIN_FIT_TEXT_PT} pt a reader needs. Choose a larger paper (A3), or tiled pages.`,
      { key: 'export.errors.fitTooSmall', params: { paper: paper.label, size: textPt, min: MIN_FIT_TEXT_PT } },
    );
  const left = (pageW - list.width * scale) / 2;
  const top = MARGIN + (pageH - 2 * MARGIN - FOOTER - list.height * scale) / 2;
  return { pageW, pageH, scale, left, top, textPt, margin: MARGIN };
}

/**
 * How much of each printed page's printable box its drawing covers: the windows side by side
 * (lane labels and stage headers included), under the title block on page 1.
 */
export function sheetUse(plan: Plan, labelW: number, headerH: number): number[] {
  const usableW = plan.pageW - 2 * plan.margin;
  const usableH = plan.pageH - 2 * plan.margin - plan.footer;
  return plan.sheets.map((windows, n) => {
    const title = n === 0 && plan.title ? plan.title.height * plan.scale : 0;
    const w = Math.max(0, ...windows.map((p) => (p.left + labelW + p.x1 - p.x0) * plan.scale));
    const h = Math.max(0, ...windows.map((p) => (p.top + headerH + p.y1 - p.y0) * plan.scale)) + title;
    return (Math.max(w, title ? usableW : 0) * h) / (usableW * usableH);
  });
}

/**
 * Windows in reading order onto pages: side by side while the width holds them, then in a
 * second band below when the page's height has room, then on the next page (map px).
 */
function packSheets(
  windows: PagePlan[],
  room: { w: number; h: number; first: number },
  label: { w: number; h: number },
  gap: number,
): SheetWindow[][] {
  const sheets: SheetWindow[][] = [];
  let x = Infinity;
  let bandTop = 0;
  let bandH = 0;
  const roomH = () => room.h - (sheets.length === 1 ? room.first : 0);
  for (const w of windows) {
    const need = { w: label.w + (w.x1 - w.x0), h: label.h + (w.y1 - w.y0) };
    const beside = x + gap + need.w <= room.w + 0.5 && bandTop + need.h <= roomH() + 0.5;
    const below = bandTop + bandH + gap + need.h <= roomH() + 0.5 && need.w <= room.w + 0.5;
    if (sheets.length && beside) x += gap;
    else if (sheets.length && below) {
      bandTop += bandH + gap;
      bandH = 0;
      x = 0;
    } else {
      sheets.push([]);
      x = 0;
      bandTop = 0;
      bandH = 0;
    }
    sheets.at(-1)!.push({ ...w, left: x, top: bandTop });
    x += need.w;
    bandH = Math.max(bandH, need.h);
  }
  return sheets;
}

/**
 * How a page's width of stages is packed into columns of pages: breaks only at stage edges no
 * card crosses (`crossed`); greedily, or evened out.
 */
function columnPacker(
  stageEdges: number[],
  crossed: ReadonlySet<number>,
): (width: number, even: boolean) => [number, number][] | null {
  /** Columns of at most `width`, packed left to right; null when one stage is wider. */
  const pack = (width: number): [number, number][] | null => {
    const columns: [number, number][] = [];
    let start = 0;
    while (start < stageEdges.length - 1) {
      let end = -1;
      for (let i = start + 1; i < stageEdges.length; i++) {
        if (crossed.has(i) && i < stageEdges.length - 1) continue;
        if (stageEdges[i]! - stageEdges[start]! > width + 0.5) break;
        end = i;
      }
      if (end < 0) return null;
      columns.push([stageEdges[start]!, stageEdges[end]!]);
      start = end;
    }
    return columns;
  };
  /**
   * As few columns as fit, then as even as they can be: the narrowest width that still needs
   * no more columns, so the last column of pages is not left half empty.
   */
  const balanced = (width: number, even: boolean): [number, number][] | null => {
    const greedy = pack(width);
    if (!greedy || !even) return greedy;
    let [lo, hi] = [0, width];
    for (let step = 0; step < 30; step++) {
      const mid = (lo + hi) / 2;
      const tried = pack(mid);
      if (tried && tried.length <= greedy.length) hi = mid;
      else lo = mid;
    }
    return pack(hi) ?? greedy;
  };
  return balanced;
}

type RowSplitter = (x0: number, x1: number, bodyH: number, firstH?: number) => PagePlan[] | null;

/**
 * Every window in reading order, column by column, each column top to bottom. A page break must
 * cross every stage of its column between cards; where tall cells leave no such line, the
 * column is printed one stage at a time instead. Page 1 holds the title block above a
 * shortened first window (`cover` false), unless that leaves too little. Null when a stage
 * will not break into pages at all.
 */
function readingOrder(
  columns: [number, number][],
  stageEdges: number[],
  rowsOf: RowSplitter,
  bodyH: number,
  titleH: number,
): { windows: PagePlan[]; cover: boolean } | null {
  let cover = titleH > bodyH * 0.6;
  const windows: PagePlan[] = [];
  for (const [k, [x0, x1]] of columns.entries()) {
    const first = k === 0 && titleH > 0 && !cover ? bodyH - titleH : bodyH;
    const singles = stageEdges.filter((e) => e >= x0 - 0.5 && e <= x1 + 0.5);
    /** The column one stage at a time, each stage top to bottom (its first window under the title block). */
    const oneByOne = (firstH: number): PagePlan[] | null => {
      const out: PagePlan[] = [];
      for (let i = 0; i + 1 < singles.length; i++) {
        const single = rowsOf(singles[i]!, singles[i + 1]!, bodyH, i === 0 ? firstH : bodyH);
        if (!single) return null;
        out.push(...single);
      }
      return out;
    };
    let rows = rowsOf(x0, x1, bodyH, first);
    let tiles = rows ? null : oneByOne(first);
    if (!rows && !tiles && first < bodyH) {
      // Nothing of the first column fits under the title block: the block gets a page of its own.
      cover = true;
      rows = rowsOf(x0, x1, bodyH);
      tiles = rows ? null : oneByOne(bodyH);
    }
    const found = rows ?? tiles;
    if (!found) return null;
    windows.push(...found);
  }
  return { windows, cover };
}

/**
 * Splits the map into pages so that no card is ever cut: columns break only at stage edges no
 * card spans across, rows only where no card (or the emotion curve) straddles. Each page repeats
 * the stage headers and lane labels. The scale starts at print size and shrinks only if a single
 * stage or card would not fit on a page.
 */
export function planPages(
  list: Omit<DisplayList, 'title'> & Partial<Pick<DisplayList, 'title'>>,
  options: PageOptions,
): Plan {
  const paper = PAPER[options.paper];
  const [pageW, pageH] = options.orientation === 'portrait' ? [paper.w, paper.h] : [paper.h, paper.w];
  const { layout, offset } = list;
  const labelW = METRICS.laneLabelWidth;
  // The stage headers and, when a stage has steps, the band of step names: printed on every page.
  const headerH = METRICS.headerHeight + layout.stepBand;
  const gridTop = offset.y + headerH;
  const gridBottom = offset.y + layout.height;

  // Column boundaries a page may break at: stage edges not crossed by a spanning card.
  const stageEdges = layout.stages.map((s) => offset.x + s.x);
  stageEdges.push(offset.x + layout.width);
  const crossed = new Set<number>();
  for (const c of list.cards)
    stageEdges.forEach((e, i) => {
      if (c.x < e - 1 && c.x + c.w > e + 1) crossed.add(i);
    });
  // Row boundaries: anywhere no card or unbreakable lane (emotion curve, blueprint line) straddles.
  const blocks = [
    // A little less than half the gap between stacked cards, so a page may break between them.
    ...list.cards.map((c) => ({ x0: c.x, x1: c.x + c.w, y0: c.y - 4, y1: c.y + c.h + 4 })),
    ...layout.lanes
      .filter((l) => l.lane.type !== 'cards')
      .map((l) => ({ x0: -Infinity, x1: Infinity, y0: offset.y + l.y, y1: offset.y + l.y + l.height })),
  ];
  const laneEdges = [...layout.lanes.map((l) => offset.y + l.y), gridBottom];

  const balanced = columnPacker(stageEdges, crossed);

  /** Pages down one column, breaking only where no card straddles; null when a cell will not break. */
  const splitRows = (x0: number, x1: number, bodyH: number, firstH = bodyH): PagePlan[] | null => {
    const here = blocks.filter((b) => b.x1 > x0 && b.x0 < x1);
    const breakable = (y: number) => !here.some((b) => y > b.y0 + 0.5 && y < b.y1 - 0.5);
    const candidates = [...new Set([...laneEdges, ...here.map((b) => b.y1)])]
      .filter((y) => y > gridTop && y <= gridBottom && breakable(y))
      .sort((a, b) => a - b);
    const rows: PagePlan[] = [];
    let y0 = gridTop;
    while (y0 < gridBottom - 0.5) {
      // The first page of a column may be shorter (the title block sits above it).
      const limit = rows.length === 0 ? firstH : bodyH;
      const fits = candidates.filter((y) => y > y0 + 0.5 && y - y0 <= limit + 0.5);
      // Empty space (a cell shorter than its lane) may be cut anywhere: use the full page.
      const full = y0 + limit;
      if (full < gridBottom && breakable(full) && !fits.includes(full)) fits.push(full);
      if (fits.length === 0) return null;
      // Prefer ending on a lane edge when one falls in the lower half of the page.
      const lane = fits.filter((y) => laneEdges.includes(y) && y - y0 >= limit * 0.5).pop();
      const y1 = lane ?? fits[fits.length - 1]!;
      rows.push({ x0, x1, y0, y1 });
      y0 = y1;
    }
    return rows;
  };

  /**
   * Pages down one column as even as they can be: as many as the fewest the column needs, the
   * narrowest page height that still needs no more, so a column's last page is not nearly empty.
   */
  const evenRows = (x0: number, x1: number, bodyH: number, firstH = bodyH): PagePlan[] | null => {
    const greedy = splitRows(x0, x1, bodyH, firstH);
    if (!greedy || greedy.length < 2) return greedy;
    // What page 1 gives up to the title block, it gives up at every height tried.
    const title = bodyH - firstH;
    let [lo, hi] = [title, bodyH];
    for (let step = 0; step < 24; step++) {
      const mid = (lo + hi) / 2;
      const tried = splitRows(x0, x1, mid, mid - title);
      if (tried && tried.length <= greedy.length) hi = mid;
      else lo = mid;
    }
    return splitRows(x0, x1, hi, hi - title) ?? greedy;
  };

  // From print size down to the readable tile size (never to a puzzle of dots): the fewest pages win.
  const floor = scaleForText(TILE_TEXT_PT);
  const scales: number[] = [];
  for (let s = 0.75; s > floor; s *= 0.95) scales.push(s);
  scales.push(floor);
  let best: { plan: Plan; sparse: number } | null = null;
  // Columns and rows packed greedily or evened out: whichever leaves fewer pages half empty.
  const tries = scales.flatMap((scale) =>
    [true, false].flatMap((evenColumns) => [true, false].map((evenPages) => ({ scale, evenColumns, evenPages }))),
  );
  for (const { scale, evenColumns, evenPages } of tries) {
    const bodyW = (pageW - 2 * MARGIN) / scale - labelW;
    const bodyH = (pageH - 2 * MARGIN - FOOTER) / scale - headerH;
    if (bodyW <= 0 || bodyH <= 0) continue;
    const columns = balanced(bodyW, evenColumns);
    if (!columns) continue;
    const rowsOf = evenPages ? evenRows : splitRows;
    const titleW = (pageW - 2 * MARGIN) / scale;
    const titleH = list.title ? list.title(titleW).height : 0;
    const sheets: SheetWindow[][] = [];
    const read = readingOrder(columns, stageEdges, rowsOf, bodyH, titleH);
    if (!read) continue;
    const { windows } = read;
    let { cover } = read;
    sheets.push(
      ...packSheets(
        windows,
        // Page 1's windows sit under the title block.
        { w: (pageW - 2 * MARGIN) / scale, h: bodyH + headerH, first: cover ? 0 : titleH },
        { w: labelW, h: headerH },
        SHEET_GAP / scale,
      ),
    );
    // The title block sits above page 1's windows when they leave it room, else on a cover page.
    if (titleH > 0 && !cover && sheets[0]) cover = !sheets[0].every((w) => w.top + w.y1 - w.y0 <= bodyH - titleH + 0.5);
    if (cover) sheets.unshift([]);
    const title = titleH > 0 ? { width: titleW, height: titleH, cover } : null;
    const plan = { pageW, pageH, scale, margin: MARGIN, footer: FOOTER, pages: sheets.flat(), sheets, title };
    // Pages more than half empty (the last one aside) count against a plan before its length.
    const sparse = sheetUse(plan, labelW, headerH)
      .slice(0, -1)
      .filter((u) => u < 0.5).length;
    // The fewest sparse pages win, then the fewest pages, then the larger print (tried first).
    if (!best || sparse < best.sparse || (sparse === best.sparse && sheets.length < best.plan.sheets.length))
      best = { plan, sparse };
  }
  if (best) return best.plan;
  const paperLabel = PAPER[options.paper].label;
  throw new ExportRefusal(
    `A stage or a card of this map is too large for ${paperLabel} pages with card text of at least ${TILE_TEXT_PT} pt. Choose a larger paper, the other orientation, or one poster page.`,
    { key: 'export.errors.tilesTooSmall', params: { paper: paperLabel, min: TILE_TEXT_PT } },
  );
}
