import type PptxGenJS from 'pptxgenjs';
import type { JourneyMap, Stage } from '../../../../shared/model/types';
import { EXPORT_WORDS } from '../../../../shared/templates/exportWords';
import { personaLegend } from '../../../../shared/templates/personaLegend';
import { PERSONA_STYLE } from '../../../../shared/render/palette';
import type { FontMetrics } from '../fontMetrics';
import { drawFace } from './faceShape';
import {
  CONTENT_TOP,
  LABEL_W,
  LINE,
  MARGIN,
  PAD_IN,
  PAD_PT,
  SLIDE_TEXT,
  hex,
  linesHeight,
  slideLines,
  textFont,
  type SlideSize,
} from './slideStyle';

/** The narrowest stage column on the overview, inches: a stage name at 12 pt in up to three lines. */
const MIN_STAGE = 1.0;
const ROW = 0.28;
const FACE_R = 0.15;
/** Whether a map has any curve to draw: the main persona's or a compared one's. */
const hasCurves = (doc: JourneyMap) => doc.emotions.length > 0 || doc.personas.some((p) => p.emotions.length > 0);

/** The height of the legend row over the curve, when the map compares personas. */
const LEGEND_H = 0.3;

/** Over the curve, when the map compares personas: each one's colour and name, side by side. */
function curveLegend(slide: PptxGenJS.Slide, doc: JourneyMap, m: FontMetrics, grid: Grid, y: number): void {
  const legend = personaLegend(doc);
  const font = textFont(doc.language);
  const each = (grid.colW * grid.stages.length) / legend.length;
  legend.forEach((p, i) => {
    const x = grid.x + i * each;
    const ink = hex(PERSONA_STYLE[p.colour].ink);
    slide.addShape('rect', {
      x,
      y: y + LEGEND_H / 2 - 0.025,
      w: 0.22,
      h: 0.05,
      fill: { color: ink },
      line: { type: 'none' },
    });
    slide.addText(cut(slideLines(m, p.name, SLIDE_TEXT.min, true, each - 0.36), 1)[0]!, {
      x: x + 0.26,
      y,
      w: each - 0.3,
      h: LEGEND_H,
      ...font,
      fontSize: SLIDE_TEXT.min,
      bold: true,
      color: '2C3444',
      valign: 'middle',
      margin: 0,
    });
  });
}

/** Stages in groups that each fit one slide's width, as even as they can be. */
export function overviewGroups(stages: readonly Stage[], size: SlideSize): Stage[][] {
  const per = Math.max(1, Math.floor((size.w - 2 * MARGIN - LABEL_W) / MIN_STAGE));
  const slides = Math.max(1, Math.ceil(stages.length / per));
  const each = Math.ceil(stages.length / slides);
  return Array.from({ length: slides }, (_, i) => stages.slice(i * each, (i + 1) * each));
}

const cut = (lines: string[], most: number) =>
  lines.length > most ? [...lines.slice(0, most - 1), `${lines[most - 1]}…`] : lines;

interface Grid {
  x: number;
  colW: number;
  stages: Stage[];
}

/**
 * The curve over the stage columns: a native line chart (editable in PowerPoint) whose plot
 * area is placed exactly on the columns, with the canvas's faces and labels drawn at its points.
 */
function emotionRow(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  doc: JourneyMap,
  m: FontMetrics,
  grid: Grid,
  y: number,
  h: number,
): void {
  const scores = new Map(doc.emotions.map((e) => [e.stageId, e]));
  const font = textFont(doc.language);
  slide.addText(EXPORT_WORDS[doc.language].slides.emotion, {
    x: MARGIN,
    y,
    w: LABEL_W - 0.08,
    h,
    ...font,
    fontSize: SLIDE_TEXT.lane,
    bold: true,
    color: '2C3444',
    valign: 'top',
    margin: PAD_PT,
    fill: { color: 'FFF7E6' },
  });
  const w = grid.colW * grid.stages.length;
  slide.addShape('rect', { x: grid.x, y, w, h, fill: { color: 'FFFDF7' }, line: { color: 'D9DDE4', width: 0.75 } });
  // Points sit between a face's radius from the top and a label's room from the bottom.
  const plotTop = FACE_R + 0.05;
  const plotH = h - plotTop - FACE_R - 0.05;
  const scoreY = (score: number) => y + plotTop + ((3 - score) / 6) * plotH;
  slide.addShape('line', {
    x: grid.x,
    y: scoreY(0),
    w,
    h: 0,
    line: { color: 'C9B98F', width: 0.75, dashType: 'dash' },
  });
  // One series per persona, the main one last (drawn on top, with its faces).
  const legend = personaLegend(doc);
  const series = [
    ...doc.personas.map((p, i) => ({ name: legend[i + 1]!.name, colour: p.colour, points: p.emotions })),
    { name: legend[0]!.name, colour: 'amber' as const, points: doc.emotions },
  ];
  slide.addChart(
    pptx.ChartType.line,
    series.map((c) => {
      const at = new Map(c.points.map((e) => [e.stageId, e.score]));
      return {
        name: c.name,
        labels: grid.stages.map((s) => s.name),
        values: grid.stages.map((s) => at.get(s.id) ?? null) as number[],
      };
    }),
    {
      x: grid.x,
      y,
      w,
      h,
      // The plot area's fractions of the chart: points land on the column centres and score lines.
      // Half a score of room above +3 and below −3, where a smoothed line swings past a point
      // (a viewer clips the line at the plot area's edge).
      layout: { x: 0, y: (plotTop - plotH / 12) / h, w: 1, h: (plotH * 7) / 6 / h },
      valAxisMinVal: -3.5,
      valAxisMaxVal: 3.5,
      valAxisHidden: true,
      catAxisHidden: true,
      valGridLine: { style: 'none' },
      lineSize: 3,
      lineDataSymbol: 'none',
      lineSmooth: true,
      chartColors: series.map((c) => hex(PERSONA_STYLE[c.colour].ink)),
      showLegend: false,
      fontFace: font.fontFace,
      fontSize: SLIDE_TEXT.min,
    },
  );
  // The compared personas' points as dots, under the main curve's faces.
  for (const p of doc.personas)
    for (const e of p.emotions) {
      const i = grid.stages.findIndex((s) => s.id === e.stageId);
      if (i < 0) continue;
      const ink = hex(PERSONA_STYLE[p.colour].ink);
      slide.addShape('ellipse', {
        x: grid.x + (i + 0.5) * grid.colW - 0.06,
        y: scoreY(e.score) - 0.06,
        w: 0.12,
        h: 0.12,
        fill: { color: ink },
        line: { color: 'FFFFFF', width: 1 },
      });
    }
  grid.stages.forEach((stage, i) => {
    const point = scores.get(stage.id);
    if (!point) return;
    const cx = grid.x + (i + 0.5) * grid.colW;
    const cy = scoreY(point.score);
    drawFace(slide, point.score, cx, cy, FACE_R);
    if (!point.label) return;
    const lines = cut(slideLines(m, point.label, SLIDE_TEXT.min, true, grid.colW), 2);
    const lh = linesHeight(lines.length, SLIDE_TEXT.min) + PAD_IN;
    // Under the face, or over it when the face sits low, as on the canvas.
    const below = cy + FACE_R + lh <= y + h;
    slide.addText(lines.join('\n'), {
      x: cx - grid.colW / 2,
      y: below ? cy + FACE_R : cy - FACE_R - lh,
      w: grid.colW,
      h: lh,
      ...font,
      fontSize: SLIDE_TEXT.min,
      lineSpacing: SLIDE_TEXT.min * LINE,
      bold: true,
      color: '78350F',
      align: 'center',
      margin: PAD_PT,
    });
  });
}

/**
 * The whole journey at a size a room can read: stage names as columns, the emotion curve with
 * its faces, and how many cards each lane has in each stage. Cards themselves are on the stage
 * slides; a map too wide for one slide takes two or more.
 */
export function overviewSlides(pptx: PptxGenJS, doc: JourneyMap, m: FontMetrics, size: SlideSize): void {
  const words = EXPORT_WORDS[doc.language].slides;
  const groups = overviewGroups(doc.stages, size);
  const font = textFont(doc.language);
  const laneRows = doc.lanes.filter((l) => l.type === 'cards' && !l.hidden);
  groups.forEach((stages, g) => {
    const slide = pptx.addSlide();
    const part =
      groups.length > 1
        ? `  (${words.part.replace('{n}', String(g + 1)).replace('{total}', String(groups.length))})`
        : '';
    const suffix = ` — ${words.wholeMap}${part}`;
    // The title on one line, cut with an ellipsis where it meets the slide's name.
    const room = size.w - 2 * MARGIN - (m.width(suffix, SLIDE_TEXT.body) * 1.1) / 72;
    const lines = slideLines(m, doc.title, SLIDE_TEXT.slideTitle, true, room);
    slide.addText(
      [
        {
          text: lines.length > 1 ? `${lines[0]}…` : doc.title,
          options: { bold: true, fontSize: SLIDE_TEXT.slideTitle },
        },
        { text: suffix, options: { fontSize: SLIDE_TEXT.body, color: '5B6475' } },
      ],
      {
        x: MARGIN,
        y: 0.15,
        w: size.w - 2 * MARGIN,
        h: 0.55,
        ...font,
        color: '1D2330',
        valign: 'middle',
        fit: 'none',
      },
    );
    const colW = Math.min(2.4, (size.w - 2 * MARGIN - LABEL_W) / stages.length);
    const grid: Grid = { x: MARGIN + LABEL_W, colW, stages };
    const names = stages.map((s) => cut(slideLines(m, s.name, SLIDE_TEXT.header, true, colW - 0.04), 3));
    const headH = linesHeight(Math.max(...names.map((n) => n.length)), SLIDE_TEXT.header) + PAD_IN;
    stages.forEach((_, i) =>
      slide.addText(names[i]!.join('\n'), {
        x: grid.x + i * colW + 0.02,
        y: CONTENT_TOP,
        w: colW - 0.04,
        h: headH,
        ...font,
        fontSize: SLIDE_TEXT.header,
        lineSpacing: SLIDE_TEXT.header * LINE,
        bold: true,
        color: 'FFFFFF',
        fill: { color: '1E3A8A' },
        valign: 'middle',
        align: 'center',
        margin: PAD_PT,
      }),
    );
    let y = CONTENT_TOP + headH + 0.08;
    const bottom = size.h - MARGIN;
    if (doc.personas.length) {
      curveLegend(slide, doc, m, grid, y);
      y += LEGEND_H;
    }
    if (hasCurves(doc)) {
      const h = Math.max(1.2, Math.min(2.2, bottom - y - laneRows.length * ROW));
      emotionRow(pptx, slide, doc, m, grid, y, h);
      y += h + 0.08;
    }
    const fits = Math.floor((bottom - y) / ROW);
    const shown = laneRows.length > fits ? laneRows.slice(0, Math.max(0, fits - 1)) : laneRows;
    const rows = shown.map((lane) => ({
      label: cut(slideLines(m, lane.name, SLIDE_TEXT.lane, true, LABEL_W - 0.08), 1)[0]!,
      counts: stages.map((s) => doc.cards.filter((c) => c.laneId === lane.id && c.stageId === s.id).length),
    }));
    if (shown.length < laneRows.length)
      rows.push({ label: words.moreLanes.replace('{n}', String(laneRows.length - shown.length)), counts: [] });
    rows.forEach((row, r) => {
      const top = y + r * ROW;
      const fill = r % 2 ? 'FFFFFF' : 'F4F6F9';
      slide.addShape('rect', {
        x: MARGIN,
        y: top,
        w: LABEL_W + colW * stages.length - 0.0,
        h: ROW,
        fill: { color: fill },
        line: { type: 'none' },
      });
      slide.addText(row.label, {
        x: MARGIN,
        y: top,
        w: LABEL_W - 0.08,
        h: ROW,
        ...font,
        fontSize: SLIDE_TEXT.lane,
        bold: true,
        color: '2C3444',
        valign: 'middle',
        margin: [0, PAD_PT, 0, PAD_PT],
      });
      row.counts.forEach((n, i) =>
        slide.addText(n ? String(n) : '·', {
          x: grid.x + i * colW,
          y: top,
          w: colW,
          h: ROW,
          ...font,
          fontSize: SLIDE_TEXT.lane,
          color: n ? '1D2330' : '9AA3B2',
          align: 'center',
          valign: 'middle',
          margin: 0,
        }),
      );
    });
  });
}
