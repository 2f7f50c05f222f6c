import type { BacklogRowSource } from '../../../shared/exchange/backlogTable';
import { matrixPlaces, rankBacklog, type ValueAxis } from '../../../shared/model/backlog';
import type { Language } from '../../../shared/model/constants';
import { OPPORTUNITY_INK } from '../../../shared/render/palette';
import { EXPORT_WORDS } from '../../../shared/templates/exportWords';
import { OPPORTUNITY_SCORE_LABELS, OPPORTUNITY_STATUS_LABELS, QUADRANT_LABELS } from '../../../shared/templates/labels';
import type { Item } from './display/types';
import type { FontMetrics } from './fontMetrics';

const INK = '#1d2330';
const SOFT = '#5b6475';
const LINE = '#d9dde4';

/** A box on the page, in points from its top-left corner. */
export interface PageBox {
  w: number;
  h: number;
  margin: number;
}

/** The text cut to a width, with an ellipsis. */
function fit(text: string, width: number, size: number, bold: boolean, m: FontMetrics): string {
  if (m.width(text, size, bold) <= width) return text;
  const chars = [...text];
  while (chars.length && m.width(`${chars.join('')}…`, size, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * The backlog on one page (PDF, A4 landscape): the value/effort matrix with its quadrants named
 * and each scored opportunity numbered by its rank, and beside it the ranked list with its
 * scores, as many as fit (the rest counted). Points in the page's units; drawn by toPdf.
 */
export function backlogPage(
  rows: readonly BacklogRowSource[],
  axis: ValueAxis,
  lang: Language,
  title: string,
  m: FontMetrics,
  page: PageBox,
): Item[] {
  const words = EXPORT_WORDS[lang].backlog;
  const ranked = rankBacklog(rows, axis);
  const items: Item[] = [];
  const text = (x: number, y: number, t: string, size: number, fill = INK, bold = false) =>
    items.push({ kind: 'text', x, y, text: t, size, fill, ...(bold ? { bold: true } : {}) });
  text(page.margin, page.margin + 16, `${words.title} — ${title}`, 16, INK, true);

  // The matrix: a square under the title, value up, effort to the right.
  const top = page.margin + 52;
  const side = Math.min(page.h - top - page.margin - 24, (page.w - 2 * page.margin) * 0.42);
  const left = page.margin + 18;
  // The outermost scores sit clear of the quadrants' names.
  const inset = 26;
  const inner = side - 2 * inset;
  items.push(
    { kind: 'rect', x: left, y: top, w: side, h: side, fill: '#ffffff', stroke: '#aeb5c2', strokeWidth: 1, radius: 4 },
    { kind: 'path', d: `M${left + side / 2} ${top} V${top + side}`, stroke: LINE, width: 1 },
    { kind: 'path', d: `M${left} ${top + side / 2} H${left + side}`, stroke: LINE, width: 1 },
  );
  const q = (k: keyof typeof QUADRANT_LABELS) => QUADRANT_LABELS[k][lang];
  text(left + 6, top + 14, q('quickWins'), 9, '#18794e', true);
  text(left + side - 6 - m.width(q('bigBets'), 9, true), top + 14, q('bigBets'), 9, SOFT, true);
  text(left + 6, top + side - 6, q('fillIns'), 9, SOFT, true);
  text(left + side - 6 - m.width(q('timeSinks'), 9, true), top + side - 6, q('timeSinks'), 9, '#b42318', true);
  text(left, top + side + 16, `${OPPORTUNITY_SCORE_LABELS.effort[lang]} →`, 9, SOFT, true);
  text(left, top - 6, `↑ ${OPPORTUNITY_SCORE_LABELS[axis][lang]}`, 9, SOFT, true);
  const places = matrixPlaces(ranked, axis);
  ranked.forEach((x, i) => {
    const at = places.get(x.opportunity.id);
    if (!at) return;
    const cx = left + inset + at.x * inner + at.dx * 9;
    const cy = top + inset + at.y * inner + at.dy * 9;
    const label = String(i + 1);
    items.push({
      kind: 'circle',
      cx,
      cy,
      r: 8,
      fill: OPPORTUNITY_INK[x.opportunity.status],
      stroke: '#ffffff',
      strokeWidth: 1,
    });
    text(cx - m.width(label, 8, true) / 2, cy + 3, label, 8, '#ffffff', true);
  });

  // The ranked list beside it.
  const listX = left + side + 24;
  const listW = page.w - page.margin - listX;
  const col = { rank: 0, title: 48, status: listW - 168, value: listW - 86, effort: listW - 42 };
  let y = top + 8;
  text(listX + col.rank, y, words.rank, 8.5, SOFT, true);
  text(listX + col.title, y, words.opportunity, 8.5, SOFT, true);
  text(listX + col.status, y, words.status, 8.5, SOFT, true);
  text(listX + col.value, y, fit(words.value, 42, 8.5, true, m), 8.5, SOFT, true);
  text(listX + col.effort, y, fit(OPPORTUNITY_SCORE_LABELS.effort[lang], 42, 8.5, true, m), 8.5, SOFT, true);
  const rowH = 15;
  const room = Math.floor((top + side - y - rowH) / rowH);
  const shown = ranked.length > room ? ranked.slice(0, room - 1) : ranked;
  shown.forEach((x, i) => {
    y += rowH;
    const o = x.opportunity;
    items.push({ kind: 'path', d: `M${listX} ${y - 11} H${listX + listW}`, stroke: LINE, width: 0.5 });
    text(listX + col.rank, y, String(i + 1), 9, INK, true);
    text(listX + col.title, y, fit(o.title, col.status - col.title - 8, 9, false, m), 9);
    text(listX + col.status, y, fit(OPPORTUNITY_STATUS_LABELS[o.status][lang], 70, 9, false, m), 9, SOFT);
    text(listX + col.value, y, o[axis] === null ? '–' : String(o[axis]), 9);
    text(listX + col.effort, y, o.effort === null ? '–' : String(o.effort), 9);
  });
  if (shown.length < ranked.length) text(listX + col.title, y + rowH, `+${ranked.length - shown.length}`, 9, SOFT);
  return items;
}
