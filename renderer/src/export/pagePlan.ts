import { METRICS } from '../../../shared/layout/metrics';
import type { DisplayList } from './displayList';

export const PAPER = {
  a4: { w: 595.28, h: 841.89, label: 'A4' },
  a3: { w: 841.89, h: 1190.55, label: 'A3' },
  letter: { w: 612, h: 792, label: 'Letter' },
} as const;
export type Paper = keyof typeof PAPER;

export interface PageOptions {
  paper: Paper;
  orientation: 'portrait' | 'landscape';
  /** `tiles`: as many stages per page as fit; `stages`: one stage per page. */
  mode: 'tiles' | 'stages';
}

/** One page: a window onto the map's body (absolute display-list coordinates) and a scale. */
export interface PagePlan {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface Plan {
  pageW: number;
  pageH: number;
  /** PDF points per map pixel. */
  scale: number;
  margin: number;
  footer: number;
  pages: PagePlan[];
}

const MARGIN = 28;
const FOOTER = 18;

/**
 * Splits the map into pages so that no card is ever cut: columns break only at stage edges no
 * card spans across, rows only where no card (or the emotion curve) straddles. Each page repeats
 * the stage headers and lane labels. The scale starts at print size and shrinks only if a single
 * stage or card would not fit on a page.
 */
export function planPages(list: DisplayList, options: PageOptions): Plan {
  const paper = PAPER[options.paper];
  const [pageW, pageH] = options.orientation === 'portrait' ? [paper.w, paper.h] : [paper.h, paper.w];
  const { layout, offset } = list;
  const labelW = METRICS.laneLabelWidth;
  const headerH = METRICS.headerHeight;
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
    ...list.cards.map((c) => ({ x0: c.x, x1: c.x + c.w, y0: c.y - 6, y1: c.y + c.h + 6 })),
    ...layout.lanes
      .filter((l) => l.lane.type !== 'cards')
      .map((l) => ({ x0: -Infinity, x1: Infinity, y0: offset.y + l.y, y1: offset.y + l.y + l.height })),
  ];
  const laneEdges = [...layout.lanes.map((l) => offset.y + l.y), gridBottom];

  for (let scale = 0.75; scale > 0.05; scale *= 0.9) {
    const bodyW = (pageW - 2 * MARGIN) / scale - labelW;
    const bodyH = (pageH - 2 * MARGIN - FOOTER) / scale - headerH;
    if (bodyW <= 0 || bodyH <= 0) continue;

    // Columns.
    const columns: [number, number][] = [];
    let start = 0;
    let ok = true;
    while (start < stageEdges.length - 1) {
      let end = -1;
      for (let i = start + 1; i < stageEdges.length; i++) {
        if (crossed.has(i) && i < stageEdges.length - 1) continue;
        if (stageEdges[i]! - stageEdges[start]! > bodyW + 0.5) break;
        end = i;
        if (options.mode === 'stages') break;
      }
      if (end < 0) {
        ok = false;
        break;
      }
      columns.push([stageEdges[start]!, stageEdges[end]!]);
      start = end;
    }
    if (!ok) continue;

    // Rows, per column.
    const pages: PagePlan[] = [];
    for (const [x0, x1] of columns) {
      const here = blocks.filter((b) => b.x1 > x0 && b.x0 < x1);
      const breakable = (y: number) => !here.some((b) => y > b.y0 + 0.5 && y < b.y1 - 0.5);
      const candidates = [...new Set([...laneEdges, ...here.map((b) => b.y1)])]
        .filter((y) => y > gridTop && y <= gridBottom && breakable(y))
        .sort((a, b) => a - b);
      let y0 = gridTop;
      while (y0 < gridBottom - 0.5) {
        const fits = candidates.filter((y) => y > y0 + 0.5 && y - y0 <= bodyH + 0.5);
        if (fits.length === 0) {
          ok = false;
          break;
        }
        // Prefer ending on a lane edge when one falls in the lower half of the page.
        const lane = fits.filter((y) => laneEdges.includes(y) && y - y0 >= bodyH * 0.5).pop();
        const y1 = lane ?? fits[fits.length - 1]!;
        pages.push({ x0, x1, y0, y1 });
        y0 = y1;
      }
      if (!ok) break;
    }
    if (ok) return { pageW, pageH, scale, margin: MARGIN, footer: FOOTER, pages };
  }
  throw new Error('The map cannot be split into pages of this size.');
}
