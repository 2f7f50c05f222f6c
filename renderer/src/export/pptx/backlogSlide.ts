import type { BacklogRowSource } from '../../../../shared/exchange/backlogTable';
import { matrixPlaces, rankBacklog, type ValueAxis } from '../../../../shared/model/backlog';
import type { Language } from '../../../../shared/model/constants';
import { OPPORTUNITY_INK } from '../../../../shared/render/palette';
import { OFFICE_FONT } from '../../../../shared/render/typeface';
import { EXPORT_WORDS } from '../../../../shared/templates/exportWords';
import {
  OPPORTUNITY_SCORE_LABELS,
  OPPORTUNITY_STATUS_LABELS,
  QUADRANT_LABELS,
} from '../../../../shared/templates/labels';
import type { FontMetrics } from '../fontMetrics';
import type PptxGenJS from 'pptxgenjs';
import {
  CONTENT_TOP,
  MARGIN,
  SLIDE,
  SLIDE_TEXT,
  type SlideBox,
  hex,
  linesHeight,
  slideLines,
  textFont,
} from './slideStyle';

/**
 * The backlog as one editable 16:9 slide: the value/effort matrix drawn with native shapes (its
 * quadrants named, each opportunity a numbered circle in its status's colour) and the ranked
 * list beside it as a native table, as many rows as the slide holds at 12 pt (the rest counted).
 */
export async function buildBacklogPptx(
  rows: readonly BacklogRowSource[],
  axis: ValueAxis,
  lang: Language,
  title: string,
  m: FontMetrics,
): Promise<Uint8Array> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  const size = SLIDE['16:9'];
  pptx.layout = size.layout;
  pptx.theme = { headFontFace: OFFICE_FONT, bodyFontFace: OFFICE_FONT };
  pptx.title = title;
  pptx.company = 'Waymark';
  const slide = pptx.addSlide();
  const font = textFont(lang);
  const words = EXPORT_WORDS[lang].backlog;
  slide.addText(`${words.title} — ${title}`, {
    x: MARGIN,
    y: 0.2,
    w: size.w - 2 * MARGIN,
    h: 0.5,
    fontSize: SLIDE_TEXT.slideTitle,
    bold: true,
    ...font,
  });
  const ranked = rankBacklog(rows, axis);
  // The matrix: a square on the left under the title.
  // Square, and narrow enough that the ranked list beside it has room for its titles.
  const side = Math.min(size.h - CONTENT_TOP - MARGIN - 0.35, 3.7);
  const left = MARGIN + 0.3;
  const top = CONTENT_TOP;
  // The outermost scores sit clear of the quadrants' names.
  const inset = 0.42;
  slide.addShape('rect', {
    x: left,
    y: top,
    w: side,
    h: side,
    fill: { color: 'FFFFFF' },
    line: { color: 'AEB5C2', width: 1 },
  });
  slide.addShape('line', { x: left + side / 2, y: top, w: 0, h: side, line: { color: 'D9DDE4', width: 1 } });
  slide.addShape('line', { x: left, y: top + side / 2, w: side, h: 0, line: { color: 'D9DDE4', width: 1 } });
  const quadrant = (k: keyof typeof QUADRANT_LABELS, x: number, y: number, align: 'left' | 'right', color: string) =>
    slide.addText(QUADRANT_LABELS[k][lang], {
      x,
      y,
      w: side / 2,
      h: 0.3,
      fontSize: SLIDE_TEXT.min,
      bold: true,
      color,
      align,
      ...font,
    });
  quadrant('quickWins', left, top, 'left', '18794E');
  quadrant('bigBets', left + side / 2, top, 'right', '5B6475');
  quadrant('fillIns', left, top + side - 0.3, 'left', '5B6475');
  quadrant('timeSinks', left + side / 2, top + side - 0.3, 'right', 'B42318');
  slide.addText(`${OPPORTUNITY_SCORE_LABELS.effort[lang]} →`, {
    x: left,
    y: top + side,
    w: side,
    h: 0.28,
    fontSize: SLIDE_TEXT.min,
    color: '5B6475',
    ...font,
  });
  slide.addText(`${OPPORTUNITY_SCORE_LABELS[axis][lang]} →`, {
    x: left - 0.3 - side / 2 + 0.14,
    y: top + side / 2 - 0.14,
    w: side,
    h: 0.28,
    rotate: 270,
    align: 'center',
    fontSize: SLIDE_TEXT.min,
    color: '5B6475',
    ...font,
  });
  const places = matrixPlaces(ranked, axis);
  const r = 0.15;
  ranked.forEach((x, i) => {
    const at = places.get(x.opportunity.id);
    if (!at) return;
    const cx = left + inset + at.x * (side - 2 * inset) + at.dx * 0.16;
    const cy = top + inset + at.y * (side - 2 * inset) + at.dy * 0.16;
    slide.addText(String(i + 1), {
      shape: 'ellipse',
      x: cx - r,
      y: cy - r,
      w: 2 * r,
      h: 2 * r,
      fill: { color: hex(OPPORTUNITY_INK[x.opportunity.status]) },
      line: { color: 'FFFFFF', width: 1 },
      color: 'FFFFFF',
      bold: true,
      align: 'center',
      valign: 'middle',
      fontSize: SLIDE_TEXT.min,
      margin: 0,
      ...font,
    });
  });
  rankedTable(slide, ranked, axis, lang, m, {
    x: left + side + 0.3,
    y: top,
    w: size.w - MARGIN - (left + side + 0.3),
    h: side,
  });
  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
}

/** The ranked list as a native table in `box`: a title on at most two lines, the rest counted. */
function rankedTable(
  slide: PptxGenJS.Slide,
  ranked: readonly BacklogRowSource[],
  axis: ValueAxis,
  lang: Language,
  m: FontMetrics,
  box: SlideBox,
): void {
  const font = textFont(lang);
  const words = EXPORT_WORDS[lang].backlog;
  const side = box.h;
  const listX = box.x;
  const top = box.y;
  const listW = box.w;
  const colW = [0.6, 0, 1.05, 0.65, 0.8];
  const titleW = listW - colW.reduce((a, b) => a + b, 0);
  colW[1] = titleW;
  const cell = (text: string, bold = false) => ({ text, options: { bold, fontSize: SLIDE_TEXT.min, ...font } });
  const titled = ranked.map((x) => {
    const lines = slideLines(m, x.opportunity.title, SLIDE_TEXT.min, false, titleW);
    const text = lines.length > 2 ? `${lines.slice(0, 2).join(' ').trimEnd()}…` : x.opportunity.title;
    return { x, text, h: linesHeight(Math.min(lines.length, 2), SLIDE_TEXT.min) + 0.1 };
  });
  const head = linesHeight(1, SLIDE_TEXT.min) + 0.1;
  const shown: typeof titled = [];
  let used = head;
  for (const row of titled) {
    // Room is kept for the "+N" row when some do not fit.
    if (used + row.h + (shown.length + 1 < titled.length ? head : 0) > side) break;
    shown.push(row);
    used += row.h;
  }
  const table = [
    [words.rank, words.opportunity, words.status, words.value, OPPORTUNITY_SCORE_LABELS.effort[lang]].map((h) =>
      cell(h, true),
    ),
    ...shown.map(({ x, text }, i) => [
      cell(String(i + 1), true),
      cell(text),
      cell(OPPORTUNITY_STATUS_LABELS[x.opportunity.status][lang]),
      cell(x.opportunity[axis] === null ? '–' : String(x.opportunity[axis])),
      cell(x.opportunity.effort === null ? '–' : String(x.opportunity.effort)),
    ]),
    ...(shown.length < ranked.length
      ? [[cell(''), cell(`+${ranked.length - shown.length}`), cell(''), cell(''), cell('')]]
      : []),
  ];
  slide.addTable(table, {
    x: listX,
    y: top,
    w: listW,
    colW,
    rowH: [head, ...shown.map((r) => r.h), head],
    border: { type: 'solid', color: 'D9DDE4', pt: 0.5 },
    margin: 0.04,
  });
}
