import fontkit from '@pdf-lib/fontkit';
import {
  appendBezierCurve,
  clip,
  closePath,
  moveTo,
  endPath,
  LineCapStyle,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from 'pdf-lib';
import { METRICS } from '../../../shared/layout/metrics';
import { EXPORT_WORDS, exportDate } from '../../../shared/templates/exportWords';
import { bbox, intersects, type Box } from './bbox';
import { pictureBytes } from './picture';
import type { DisplayList, Item } from './display/types';
import type { ExportFonts, FontMetrics } from './fontMetrics';
import type { StagePlan } from './stagePages';
import { planFitPage, planPages, type PageOptions, type PagePlan } from './pagePlan';
import type { ReferencePage } from './referencePages';

function color(hex: string) {
  const v = Number.parseInt(hex.slice(1), 16);
  return rgb(((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255);
}

/** CSS px → PDF points at print size. */
const PT = 0.75;

function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  const rr = Math.min(r, w / 2, h / 2);
  return `M${x + rr},${y} H${x + w - rr} Q${x + w},${y} ${x + w},${y + rr} V${y + h - rr} Q${x + w},${y + h} ${x + w - rr},${y + h} H${x + rr} Q${x},${y + h} ${x},${y + h - rr} V${y + rr} Q${x},${y} ${x + rr},${y} Z`;
}

/**
 * Where map pixels land on a page: x_pt = left + (x - dx) * s, y_pt = pageH - (top + (y - dy) * s).
 */
interface View {
  s: number;
  left: number;
  top: number;
  dx: number;
  dy: number;
  pageH: number;
}

type Fonts = {
  /** The symbols face is embedded only when some text needs it. */
  faces: Record<'regular' | 'bold', PDFFont> & { symbols?: PDFFont };
  metrics: FontMetrics;
  images: Map<string, PDFImage>;
};

/** Text in runs, each in the face that has its letters (the symbols face for what the main one lacks). */
function drawText(
  page: PDFPage,
  text: string,
  at: { x: number; y: number; size: number; bold?: boolean },
  fonts: Fonts,
  ink: ReturnType<typeof color>,
): void {
  let x = at.x;
  for (const run of fonts.metrics.runs(text, at.bold)) {
    const font = fonts.faces[run.face] ?? fonts.faces.regular;
    page.drawText(run.text, { x, y: at.y, size: at.size, font, color: ink });
    x += font.widthOfTextAtSize(run.text, at.size);
  }
}

/** A circle as four Bézier arcs, for clipping a round photo (pdf-lib draws no clip shapes). */
function circlePath(cx: number, cy: number, r: number) {
  const k = r * 0.5523;
  return [
    moveTo(cx + r, cy),
    appendBezierCurve(cx + r, cy + k, cx + k, cy + r, cx, cy + r),
    appendBezierCurve(cx - k, cy + r, cx - r, cy + k, cx - r, cy),
    appendBezierCurve(cx - r, cy - k, cx - k, cy - r, cx, cy - r),
    appendBezierCurve(cx + k, cy - r, cx + r, cy - k, cx + r, cy),
    closePath(),
  ];
}

function drawImage(page: PDFPage, i: Extract<Item, { kind: 'image' }>, fonts: Fonts, v: View): void {
  const image = fonts.images.get(i.href);
  if (!image) return;
  const [x, y, w, h] = [
    v.left + (i.x - v.dx) * v.s,
    v.pageH - (v.top + (i.y + i.h - v.dy) * v.s),
    i.w * v.s,
    i.h * v.s,
  ];
  // Cover the box like CSS object-fit: cover, then clip to it (or to its circle).
  const cover = Math.max(w / image.width, h / image.height);
  const [iw, ih] = [image.width * cover, image.height * cover];
  page.pushOperators(
    pushGraphicsState(),
    ...(i.round ? circlePath(x + w / 2, y + h / 2, w / 2) : [rectangle(x, y, w, h)]),
    clip(),
    endPath(),
  );
  page.drawImage(image, { x: x + (w - iw) / 2, y: y + (h - ih) / 2, width: iw, height: ih });
  page.pushOperators(popGraphicsState());
}

function draw(page: PDFPage, i: Item, fonts: Fonts, v: View): void {
  const PT = v.s;
  const X = (x: number) => v.left + (x - v.dx) * PT;
  const Yp = (y: number) => v.pageH - (v.top + (y - v.dy) * PT);
  // pdf-lib's SVG paths take y down from an origin; everything else takes y up in points.
  const svg = { x: X(0), y: Yp(0), scale: PT };
  switch (i.kind) {
    case 'image':
      drawImage(page, i, fonts, v);
      return;
    case 'rect':
      if (i.radius)
        page.drawSvgPath(roundedRect(i.x, i.y, i.w, i.h, i.radius), {
          ...svg,
          ...(i.fill ? { color: color(i.fill) } : {}),
          ...(i.stroke ? { borderColor: color(i.stroke), borderWidth: (i.strokeWidth ?? 1) * PT } : {}),
          ...(i.dash ? { borderDashArray: i.dash.map((d) => d * PT) } : {}),
        });
      else
        page.drawRectangle({
          x: X(i.x),
          y: Yp(i.y + i.h),
          width: i.w * PT,
          height: i.h * PT,
          ...(i.fill ? { color: color(i.fill) } : {}),
          ...(i.stroke ? { borderColor: color(i.stroke), borderWidth: (i.strokeWidth ?? 1) * PT } : {}),
          ...(i.dash ? { borderDashArray: i.dash.map((d) => d * PT) } : {}),
        });
      return;
    case 'line':
      page.drawLine({
        start: { x: X(i.x1), y: Yp(i.y1) },
        end: { x: X(i.x2), y: Yp(i.y2) },
        thickness: i.width * PT,
        color: color(i.stroke),
        ...(i.dash ? { dashArray: i.dash.map((d) => d * PT) } : {}),
      });
      return;
    case 'text':
      drawText(page, i.text, { x: X(i.x), y: Yp(i.y), size: i.size * PT, bold: i.bold ?? false }, fonts, color(i.fill));
      return;
    case 'path':
      page.drawSvgPath(i.d, {
        ...svg,
        ...(i.fill ? { color: color(i.fill) } : {}),
        ...(i.stroke
          ? { borderColor: color(i.stroke), borderWidth: (i.width ?? 1) * PT, borderLineCap: LineCapStyle.Round }
          : {}),
        ...(i.dash ? { borderDashArray: i.dash.map((d) => d * PT) } : {}),
      });
      return;
    case 'circle':
      page.drawCircle({
        x: X(i.cx),
        y: Yp(i.cy),
        size: i.r * PT,
        color: color(i.fill),
        ...(i.stroke ? { borderColor: color(i.stroke), borderWidth: (i.strokeWidth ?? 1) * PT } : {}),
      });
      return;
  }
}

/**
 * A vector PDF with the app's typeface (and its symbols face) embedded as subsets: the text is
 * real text, selectable and searchable, Vietnamese included.
 */
/** The report's list of research after the map's pages, on paper of this size (see referencePages). */
export interface References {
  pages: readonly ReferencePage[];
  paper: { w: number; h: number; margin: number };
}

/** Draws the list of research as the last pages, each with the report's footer, numbered on from the map's. */
function drawReferences(
  pdf: PDFDocument,
  fonts: Fonts,
  list: DisplayList,
  refs: References | undefined,
  at: { first: number; total: number },
): void {
  if (!refs) return;
  const { w, h, margin } = refs.paper;
  refs.pages.forEach((items, i) => {
    const page = pdf.addPage([w, h]);
    const view = { s: 1, left: 0, top: 0, dx: 0, dy: 0, pageH: h };
    for (const item of items) draw(page, item, fonts, view);
    drawFooter(page, list, fonts, { n: at.first + i, total: at.total, pageW: w, margin });
  });
}

async function newPdf(
  fonts: ExportFonts,
  title: string,
  base: Pick<DisplayList, 'items' | 'metrics'>,
  refs?: References,
): Promise<{ pdf: PDFDocument; embedded: Fonts }> {
  const list = { metrics: base.metrics, items: refs ? [...base.items, ...refs.pages.flat()] : base.items };
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setCreator('Waymark');
  pdf.setProducer('Waymark');
  const { metrics } = list;
  const needsSymbols = [title, ...list.items.map((i) => (i.kind === 'text' ? i.text : ''))].some((t) =>
    metrics.runs(t).some((r) => r.face === 'symbols'),
  );
  const embedded: Fonts = {
    faces: {
      regular: await pdf.embedFont(fonts.regular, { subset: true }),
      bold: await pdf.embedFont(fonts.bold, { subset: true }),
      // Whole, not subset: pdf-lib's subsetter loses most glyphs of this (already small) face.
      ...(needsSymbols ? { symbols: await pdf.embedFont(fonts.symbols, { subset: false }) } : {}),
    },
    metrics,
    images: await embedPictures(pdf, list.items),
  };
  return { pdf, embedded };
}

/** Each picture once per file, however many times it is drawn; unreadable ones are left out. */
async function embedPictures(pdf: PDFDocument, items: Item[]): Promise<Map<string, PDFImage>> {
  const images = new Map<string, PDFImage>();
  for (const i of items) {
    if (i.kind !== 'image' || images.has(i.href)) continue;
    const picture = pictureBytes(i.href);
    if (!picture) continue;
    try {
      images.set(
        i.href,
        picture.type === 'png' ? await pdf.embedPng(picture.bytes) : await pdf.embedJpg(picture.bytes),
      );
    } catch {
      // A damaged picture costs the photo, never the export.
    }
  }
  return images;
}

export async function toPosterPdf(
  list: DisplayList,
  fonts: ExportFonts,
  title: string,
  refs?: References,
): Promise<Uint8Array> {
  const { pdf, embedded } = await newPdf(fonts, title, list, refs);
  const pageH = list.height * PT;
  const page = pdf.addPage([list.width * PT, pageH]);
  const view = { s: PT, left: 0, top: 0, dx: 0, dy: 0, pageH };
  for (const item of list.items) draw(page, item, embedded, view);
  drawReferences(pdf, embedded, list, refs, { first: 2, total: 1 + (refs?.pages.length ?? 0) });
  return pdf.save();
}

/**
 * The whole map with its title block on one page of a paper size, scaled to fit, with the
 * title and date in the footer. `planFitPage` refuses a map whose card text would print too
 * small, so this never produces an unreadable page.
 */
export async function toFitPdf(
  list: DisplayList,
  fonts: ExportFonts,
  title: string,
  options: Pick<PageOptions, 'paper' | 'orientation'>,
  refs?: References,
): Promise<Uint8Array> {
  const plan = planFitPage(list, options);
  const { pdf, embedded } = await newPdf(fonts, title, list, refs);
  const page = pdf.addPage([plan.pageW, plan.pageH]);
  const view = { s: plan.scale, left: plan.left, top: plan.top, dx: 0, dy: 0, pageH: plan.pageH };
  for (const item of list.items) draw(page, item, embedded, view);
  const total = 1 + (refs?.pages.length ?? 0);
  drawFooter(page, list, embedded, { n: 1, total, pageW: plan.pageW, margin: plan.margin });
  drawReferences(pdf, embedded, list, refs, { first: 2, total });
  return pdf.save();
}

/**
 * Every page's footer: the map's title on the left; the date (as the map's language writes it)
 * and "page n of N" on the right, in 8 pt grey inside the bottom margin.
 */
function drawFooter(
  page: PDFPage,
  list: DisplayList,
  fonts: Fonts,
  at: { n: number; total: number; pageW: number; margin: number },
): void {
  const { title, language, date } = list.footer;
  const size = 8;
  const y = at.margin - 4;
  const grey = rgb(0.36, 0.39, 0.46);
  const right = `${exportDate(date, language, 'short')}  ·  ${EXPORT_WORDS[language].report.page
    .replace('{n}', String(at.n))
    .replace('{total}', String(at.total))}`;
  const rightW = fonts.metrics.width(right, size);
  const room = at.pageW - 2 * at.margin - rightW - 24;
  const shown = fonts.metrics.width(title, size) <= room ? title : ellipsize(title, room, size, fonts);
  drawText(page, shown, { x: at.margin, y, size }, fonts, grey);
  drawText(page, right, { x: at.pageW - at.margin - rightW, y, size }, fonts, grey);
}

/** A title cut to fit a footer, ending with an ellipsis. */
function ellipsize(text: string, width: number, size: number, fonts: Fonts): string {
  const letters = [...text];
  while (letters.length && fonts.metrics.width(`${letters.join('')}…`, size) > width) letters.pop();
  return `${letters.join('').trimEnd()}…`;
}

/** Draws the items inside `window` (map px) into a clipped area of the page. */
function drawWindow(page: PDFPage, items: Item[], fonts: Fonts, window: Box, view: View): void {
  const w = (window.x1 - window.x0) * view.s;
  const h = (window.y1 - window.y0) * view.s;
  page.pushOperators(pushGraphicsState(), rectangle(view.left, view.pageH - view.top - h, w, h), clip(), endPath());
  for (const item of items) if (intersects(bbox(item), window)) draw(page, item, fonts, view);
  page.pushOperators(popGraphicsState());
}

/**
 * One window of the map at a place on the page: its body, the stage headers above it and the
 * lane labels beside it, each clipped to its band.
 */
function drawSheetWindow(
  page: PDFPage,
  list: DisplayList,
  fonts: Fonts,
  p: PagePlan,
  at: { s: number; pageH: number; left: number; top: number },
): void {
  const { offset } = list;
  const labelW = METRICS.laneLabelWidth;
  // The stage headers with the band of step names under them, when a stage has steps.
  const headerH = METRICS.headerHeight + list.layout.stepBand;
  const base = { s: at.s, pageH: at.pageH };
  const bodyLeft = at.left + labelW * at.s;
  const bodyTop = at.top + headerH * at.s;
  drawWindow(
    page,
    list.items,
    fonts,
    { x0: p.x0, y0: p.y0, x1: p.x1, y1: p.y1 },
    { ...base, left: bodyLeft, top: bodyTop, dx: p.x0, dy: p.y0 },
  );
  drawWindow(
    page,
    list.items,
    fonts,
    { x0: p.x0, y0: offset.y, x1: p.x1, y1: offset.y + headerH },
    { ...base, left: bodyLeft, top: at.top, dx: p.x0, dy: offset.y },
  );
  drawWindow(
    page,
    list.items,
    fonts,
    { x0: offset.x, y0: p.y0, x1: offset.x + labelW, y1: p.y1 },
    { ...base, left: at.left, top: bodyTop, dx: offset.x, dy: p.y0 },
  );
}

/**
 * Tiled pages (A4 / A3 / Letter) or one stage per page, with no card ever cut by a page edge;
 * each page repeats the stage headers and lane labels and carries a footer with the map title
 * and page number.
 */
export async function toPagedPdf(
  list: DisplayList,
  fonts: ExportFonts,
  title: string,
  options: PageOptions,
  /** Awaited after each page: progress reporting and a chance to cancel. */
  afterPage: (page: number, pages: number) => Promise<void> = async () => {},
  refs?: References,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const plan = planPages(list, options);
  const { pdf, embedded } = await newPdf(fonts, title, list, refs);
  const total = plan.sheets.length + (refs?.pages.length ?? 0);
  const s = plan.scale;
  for (const [n, windows] of plan.sheets.entries()) {
    const page = pdf.addPage([plan.pageW, plan.pageH]);
    let top = plan.margin;
    if (n === 0 && plan.title) {
      const head = list.title(plan.title.width);
      const view = { s, left: plan.margin, top: plan.margin, dx: 0, dy: 0, pageH: plan.pageH };
      for (const item of head.items) draw(page, item, embedded, view);
      top += plan.title.height * s;
    }
    for (const p of windows)
      drawSheetWindow(page, list, embedded, p, {
        s,
        pageH: plan.pageH,
        left: plan.margin + p.left * s,
        top: top + p.top * s,
      });
    drawFooter(page, list, embedded, { n: n + 1, total, pageW: plan.pageW, margin: plan.margin });
    await afterPage(n + 1, plan.sheets.length);
  }
  drawReferences(pdf, embedded, list, refs, { first: plan.sheets.length + 1, total });
  return { bytes: await pdf.save(), pages: total };
}

/**
 * One stage per page (see planStagePages): each stage laid out again to fill its page, the
 * title block above the first; a stage too tall for one page continues on the next, its
 * header and lane names repeated.
 */
export async function toStagesPdf(
  plan: StagePlan,
  fonts: ExportFonts,
  title: string,
  afterPage: (page: number, pages: number) => Promise<void> = async () => {},
  refs?: References,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const items = plan.pages.flatMap((p) => [...p.list.items, ...(p.title?.list.items ?? [])]);
  const { pdf, embedded } = await newPdf(fonts, title, { items, metrics: plan.pages[0]!.list.metrics }, refs);
  const total = plan.pages.length + (refs?.pages.length ?? 0);
  for (const [n, p] of plan.pages.entries()) {
    const page = pdf.addPage([plan.pageW, plan.pageH]);
    const at = { s: p.scale, pageH: plan.pageH, left: p.left, top: p.top };
    if (p.title) {
      const view = { s: p.title.scale, left: p.title.left, top: plan.margin, dx: 0, dy: 0, pageH: plan.pageH };
      for (const item of p.title.list.items) draw(page, item, embedded, view);
    }
    if (p.parts === 1) for (const item of p.list.items) draw(page, item, embedded, { ...at, dx: 0, dy: 0 });
    else
      drawSheetWindow(
        page,
        p.list,
        embedded,
        { x0: METRICS.laneLabelWidth, x1: p.list.layout.width, y0: p.rows.y0, y1: p.rows.y1 },
        at,
      );
    drawFooter(page, p.list, embedded, { n: n + 1, total, pageW: plan.pageW, margin: plan.margin });
    await afterPage(n + 1, plan.pages.length);
  }
  drawReferences(pdf, embedded, plan.pages[0]!.list, refs, { first: plan.pages.length + 1, total });
  return { bytes: await pdf.save(), pages: total };
}

/** The backlog's page (see backlogPage): one page of the given size, its items in points. */
export async function toBacklogPdf(
  items: Item[],
  metrics: FontMetrics,
  fonts: ExportFonts,
  title: string,
  page: { w: number; h: number },
): Promise<Uint8Array> {
  const { pdf, embedded } = await newPdf(fonts, title, { items, metrics });
  const sheet = pdf.addPage([page.w, page.h]);
  const view = { s: 1, left: 0, top: 0, dx: 0, dy: 0, pageH: page.h };
  for (const item of items) draw(sheet, item, embedded, view);
  return pdf.save();
}
