import { computeLayout, type MapLayout } from '../../../shared/layout/computeLayout';
import { emotionY } from '../../../shared/layout/computeLayout';
import { smoothPath } from '../../../shared/layout/curve';
import { faceGeometry } from '../../../shared/layout/face';
import { METRICS } from '../../../shared/layout/metrics';
import { hasCardFooter } from '../../../shared/layout/text';
import { stageMetrics } from '../../../shared/model/stageMetrics';

/** Metric words drawn in exports, in the map's language (exports never use the interface's). */
const METRIC_WORDS = {
  en: { in: 'in', on: 'go on', drop: 'drop' },
  vi: { in: 'khách', on: 'đi tiếp', drop: 'rời bỏ' },
} as const;
import { roundedPath, routeConnector } from '../../../shared/layout/connectorRoute';
import type { JourneyMap } from '../../../shared/model/types';
import {
  CARD_HEAD_LABELS,
  CHANGE_LABELS,
  CHANNEL_LABELS,
  EVIDENCE_LABELS,
  MOMENT_LABEL,
  PROVIDER_LABELS,
} from '../../../shared/templates/labels';
import type { FontMetrics } from './fontMetrics';
import { CHANGE_STYLE, COLOR_STYLE, EVIDENCE_STYLE, TYPE_STYLE } from '../../../shared/render/palette';
import type { ChangeMark } from '../../../shared/model/compareMaps';
import { titleBlock } from './titleBlock';
import { reportPersona, type ReportPersona } from '../../../shared/model/persona';
import { wrapText } from './wrapText';

export type Item =
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill?: string;
      stroke?: string;
      strokeWidth?: number;
      radius?: number;
      dash?: number[];
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: number[] }
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold?: boolean; fill: string }
  | { kind: 'path'; d: string; stroke?: string; fill?: string; width?: number; dash?: number[] }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; strokeWidth?: number }
  /** A picture: `href` is a data: URL (JPEG or PNG), drawn into the box and clipped to a circle if `round`. */
  | { kind: 'image'; x: number; y: number; w: number; h: number; href: string; round?: boolean };

export interface DisplayList {
  width: number;
  height: number;
  items: Item[];
  /** Where each card sits in the output, for page splitting and tests. */
  cards: { id: string; x: number; y: number; w: number; h: number }[];
  layout: MapLayout;
  /** The title block laid out again at another width (tiled pages print it on page 1), at (0, 0). */
  title: (width: number) => { items: Item[]; height: number };
  offset: { x: number; y: number };
}

export interface DisplayOptions {
  /** Printed under the title: the export date in the map's language. */
  date?: Date;
  margin?: number;
  /** Who the map is about; without it the map's own persona (no photo, no frustrations). */
  persona?: ReportPersona;
  /** A comparison drawn as one map: change marks on cards and the current state's curve. */
  compare?: CompareMarks;
}

export interface CompareMarks {
  marks: ReadonlyMap<string, ChangeMark>;
  /** The current state's emotion scores by stage id, drawn dashed behind the future curve. */
  before: ReadonlyMap<string, number>;
  /** The current-state map's title. */
  against: string;
  counts: Readonly<Record<ChangeMark, number>>;
}

const TEXT_SIZE = METRICS.fontSize;
const HEAD_SIZE = 10;

/** Truncates a one-line label to a width, with an ellipsis. */
function fit(text: string, max: number, size: number, bold: boolean, m: FontMetrics): string {
  if (m.width(text, size, bold) <= max) return text;
  let t = text;
  while (t.length > 1 && m.width(`${t}…`, size, bold) > max) t = t.slice(0, -1);
  return `${t}…`;
}

/**
 * Everything an export draws, as simple shapes in map coordinates, built from the document and
 * shared/layout (never from the DOM). The SVG and PDF writers only translate these shapes, so
 * both show the same cards in the same places as the canvas.
 */
export function buildDisplayList(doc: JourneyMap, m: FontMetrics, options: DisplayOptions = {}): DisplayList {
  const margin = options.margin ?? 24;
  const cardText = new Map<string, string[]>();
  const innerOf = (w: number) => w - 2 * METRICS.cardPaddingX - 2;
  const layout = computeLayout(doc, {
    hiddenLanes: 'omit',
    roomToAdd: false,
    measure: (card, width) => {
      const lines = wrapText(card.text, innerOf(width), (s) => m.width(s, TEXT_SIZE));
      cardText.set(card.id, lines);
      const footer = hasCardFooter(card);
      return (
        2 * METRICS.cardPaddingY +
        2 +
        METRICS.cardHeaderHeight +
        lines.length * METRICS.lineHeight +
        (footer ? METRICS.footerHeight : 0)
      );
    },
  });
  const ox = margin;
  const persona = options.persona ?? reportPersona(doc.persona, null);
  const date = options.date ?? new Date();
  const head = titleBlock(doc, persona, m, margin, margin, layout.width, date, options.compare);
  const oy = margin + head.height;
  const items: Item[] = [];
  const X = (x: number) => ox + x;
  const Y = (y: number) => oy + y;
  const lang = doc.language;

  // Title block: title, kind and date, persona, scenario and a legend.
  items.push(...head.items);

  // Stage headers.
  const stageNames = new Map(doc.stages.map((s) => [s.id, s.name]));
  for (const s of layout.stages) {
    items.push({
      kind: 'rect',
      x: X(s.x),
      y: Y(0),
      w: s.width,
      h: METRICS.headerHeight,
      fill: '#1f3a7a',
      stroke: '#37528f',
      strokeWidth: 1,
    });
    items.push({ kind: 'circle', cx: X(s.x) + 24, cy: Y(METRICS.headerHeight / 2), r: 12, fill: '#4c6399' });
    const n = String(s.index + 1);
    items.push({
      kind: 'text',
      x: X(s.x) + 24 - m.width(n, 12, true) / 2,
      y: Y(METRICS.headerHeight / 2) + 4.5,
      text: n,
      size: 12,
      bold: true,
      fill: '#ffffff',
    });
    // A long stage name wraps onto a second, smaller line rather than ending in "…".
    const name = stageNames.get(s.id) ?? '';
    const one = m.width(name, 15, true) <= s.width - 54;
    const size = one ? 15 : 12.5;
    const lines = one ? [name] : wrapText(name, s.width - 54, (t) => m.width(t, size, true));
    const shown = lines.length > 2 ? [lines[0]!, fit(lines.slice(1).join(' '), s.width - 54, size, true, m)] : lines;
    shown.forEach((line, i) =>
      items.push({
        kind: 'text',
        x: X(s.x) + 44,
        y: Y(METRICS.headerHeight / 2) + (one ? 5.5 : i === 0 ? -2.5 : 12.5),
        text: line,
        size,
        bold: true,
        fill: '#ffffff',
      }),
    );
  }

  // Lanes: labels, cells, blueprint lines, the emotion curve.
  for (const l of layout.lanes) {
    const labelFill = l.lane.type === 'emotion' ? '#fff7e6' : '#eef1f6';
    if (l.lane.type === 'line') {
      items.push({
        kind: 'line',
        x1: X(METRICS.laneLabelWidth),
        y1: Y(l.y + l.height / 2),
        x2: X(layout.width),
        y2: Y(l.y + l.height / 2),
        stroke: '#6b3fb8',
        width: 2,
        dash: [6, 4],
      });
      // Up to two lines: "LINE OF INTERNAL INTERACTION" is wider than the label column.
      const width = METRICS.laneLabelWidth - 20;
      const wrapped = wrapText(l.lane.name.toUpperCase(), width, (t) => m.width(t, 10, true));
      const label = wrapped.length > 2 ? [wrapped[0]!, fit(wrapped.slice(1).join(' '), width, 10, true, m)] : wrapped;
      label.forEach((text, i) =>
        items.push({
          kind: 'text',
          x: X(14),
          y: Y(l.y + l.height / 2) + 4 + (i - (label.length - 1) / 2) * 12,
          text,
          size: 10,
          bold: true,
          fill: '#6b3fb8',
        }),
      );
      continue;
    }
    items.push({
      kind: 'rect',
      x: X(0),
      y: Y(l.y),
      w: METRICS.laneLabelWidth,
      h: l.height,
      fill: labelFill,
      stroke: '#d9dde4',
      strokeWidth: 1,
    });
    const labelLines = wrapText(l.lane.name, METRICS.laneLabelWidth - 28, (s) => m.width(s, 13, true));
    labelLines.forEach((line, i) =>
      items.push({
        kind: 'text',
        x: X(14),
        y: Y(l.y) + 24 + i * 17,
        text: line,
        size: 13,
        bold: true,
        fill: '#2c3444',
      }),
    );
    if (l.lane.type === 'metrics') {
      const all = stageMetrics(doc);
      const scale = doc.metrics.satisfaction.toUpperCase();
      const f = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
      for (const s of layout.stages) {
        items.push({
          kind: 'rect',
          x: X(s.x),
          y: Y(l.y),
          w: s.width,
          h: l.height,
          fill: '#f0f9ff',
          stroke: '#d9dde4',
          strokeWidth: 1,
        });
        const m = all.find((x) => x.stageId === s.id)?.now;
        if (!m) continue;
        const parts = [
          m.entering !== null ? `${f(m.entering)} ${METRIC_WORDS[lang].in}` : '',
          m.conversion !== null ? `${f(m.conversion)}% ${METRIC_WORDS[lang].on}` : '',
          m.dropOff !== null ? `${f(m.dropOff)}% ${METRIC_WORDS[lang].drop}` : '',
          m.satisfaction !== null ? `${scale} ${f(m.satisfaction)}` : '',
        ].filter(Boolean);
        parts.forEach((text, i) =>
          items.push({
            kind: 'text',
            x: X(s.x + 12),
            y: Y(l.y) + 26 + i * 22,
            text,
            size: 13,
            bold: i === 0,
            fill: '#0f172a',
          }),
        );
      }
      continue;
    }
    if (l.lane.type === 'emotion') {
      items.push({
        kind: 'rect',
        x: X(METRICS.laneLabelWidth),
        y: Y(l.y),
        w: layout.width - METRICS.laneLabelWidth,
        h: l.height,
        fill: '#fffdf7',
        stroke: '#d9dde4',
        strokeWidth: 1,
      });
      for (const s of layout.stages)
        items.push({
          kind: 'line',
          x1: X(s.x + s.width),
          y1: Y(l.y),
          x2: X(s.x + s.width),
          y2: Y(l.y + l.height),
          stroke: '#e5e1d3',
          width: 1,
        });
      const zero = emotionY(l.y, l.height, 0);
      items.push({
        kind: 'line',
        x1: X(METRICS.laneLabelWidth),
        y1: Y(zero),
        x2: X(layout.width),
        y2: Y(zero),
        stroke: '#c9b98f',
        width: 1,
        dash: [4, 4],
      });
      const points = layout.emotion?.points ?? [];
      const before = options.compare?.before;
      if (before) {
        const was = layout.stages.flatMap((st) => {
          const score = before.get(st.id);
          return score === undefined ? [] : [{ x: X(st.x + st.width / 2), y: Y(emotionY(l.y, l.height, score)) }];
        });
        if (was.length > 1)
          items.push({ kind: 'path', d: smoothPath(was), stroke: '#8a94a6', width: 2.5, dash: [6, 5] });
      }
      if (points.length > 1)
        items.push({
          kind: 'path',
          d: smoothPath(points.map((p) => ({ x: X(p.x), y: Y(p.y) }))),
          stroke: '#d97706',
          width: 3,
        });
      for (const p of points) {
        const r = 14;
        const f = faceGeometry(p.score, r);
        items.push({ kind: 'circle', cx: X(p.x), cy: Y(p.y), r, fill: f.fill, stroke: f.stroke, strokeWidth: 1.5 });
        for (const e of f.eyes)
          items.push({ kind: 'circle', cx: X(p.x) + e.x, cy: Y(p.y) + e.y, r: f.eyeRadius, fill: f.stroke });
        const mouth = f.mouth.replace(
          /(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g,
          (_s, a: string, b: string) => `${X(p.x) + Number(a)},${Y(p.y) + Number(b)}`,
        );
        items.push({ kind: 'path', d: mouth, stroke: f.stroke, width: 1.8 });
        if (p.label) {
          // Wrapped to its stage (labels never run into the next one) and kept inside the band:
          // under the face, or above it when the face sits low (−2, −3).
          const width = Math.min(...layout.stages.map((st) => st.width)) - 16;
          const lines = wrapText(p.label, width, (t) => m.width(t, 11, true)).slice(0, 2);
          const below = Y(p.y) + r + 14 + (lines.length - 1) * 13 <= Y(l.y + l.height) - 4;
          const first = below ? Y(p.y) + r + 14 : Y(p.y) - r - 6 - (lines.length - 1) * 13;
          lines.forEach((line, i) =>
            items.push({
              kind: 'text',
              x: X(p.x) - m.width(line, 11, true) / 2,
              y: first + i * 13,
              text: line,
              size: 11,
              bold: true,
              fill: '#78350f',
            }),
          );
        }
      }
      continue;
    }
    for (const s of layout.stages)
      items.push({
        kind: 'rect',
        x: X(s.x),
        y: Y(l.y),
        w: s.width,
        h: l.height,
        fill: '#fbfbfc',
        stroke: '#d9dde4',
        strokeWidth: 1,
      });
  }

  // Cards.
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  const placed: DisplayList['cards'] = [];
  for (const b of layout.cards) {
    const card = cards.get(b.id)!;
    const style = card.color ? COLOR_STYLE[card.color] : TYPE_STYLE[card.type];
    const x = X(b.x);
    const y = Y(b.y);
    placed.push({ id: b.id, x, y, w: b.width, h: b.height });
    // In a comparison, a changed card is outlined in its change's colour (dashed when removed)
    // and its chip names the change; unchanged cards look as on any map.
    const mark = options.compare?.marks.get(card.id);
    const change = mark ? CHANGE_STYLE[mark] : null;
    items.push({
      kind: 'rect',
      x,
      y,
      w: b.width,
      h: b.height,
      fill: mark === 'removed' ? '#ffffff' : style.tint,
      stroke: change?.outline ?? style.bar,
      strokeWidth: change ? 2 : 0.75,
      radius: 6,
      ...(mark === 'removed' ? { dash: [5, 4] } : {}),
    });
    items.push({ kind: 'rect', x, y, w: 5, h: b.height, fill: style.bar, radius: 2 });
    const pad = METRICS.cardPaddingX + 1;
    const chip = mark
      ? { text: CHANGE_LABELS[mark][lang], ...CHANGE_STYLE[mark] }
      : card.evidence
        ? { text: EVIDENCE_LABELS[card.evidence][lang], ...EVIDENCE_STYLE[card.evidence] }
        : null;
    const ev = chip?.text ?? '';
    const evW = chip ? m.width(ev, HEAD_SIZE, true) + 8 : 0;
    if (chip)
      items.push(
        {
          kind: 'rect',
          x: x + b.width - pad - evW,
          y: y + METRICS.cardPaddingY,
          w: evW,
          h: 14,
          fill: chip.fill,
          radius: 3,
        },
        {
          kind: 'text',
          x: x + b.width - pad - evW + 4,
          y: y + METRICS.cardPaddingY + 10.5,
          text: ev,
          size: HEAD_SIZE,
          bold: true,
          fill: chip.ink,
        },
      );
    const typeLabel = fit(
      CARD_HEAD_LABELS[card.type][lang].toUpperCase(),
      b.width - 2 * pad - evW - 6,
      HEAD_SIZE,
      true,
      m,
    );
    items.push({
      kind: 'text',
      x: x + pad,
      y: y + METRICS.cardPaddingY + 10.5,
      text: typeLabel,
      size: HEAD_SIZE,
      bold: true,
      fill: style.bar,
    });
    const lines = cardText.get(b.id) ?? [];
    const textTop = y + METRICS.cardPaddingY + 1 + METRICS.cardHeaderHeight;
    lines.forEach((line, i) => {
      if (line)
        items.push({
          kind: 'text',
          x: x + pad,
          y: textTop + i * METRICS.lineHeight + 15,
          text: line,
          size: TEXT_SIZE,
          fill: mark === 'removed' ? '#6b7280' : '#1d2330',
        });
    });
    const meta = [
      card.moment ? `★ ${MOMENT_LABEL[lang]}` : '',
      card.provider ? `◆ ${PROVIDER_LABELS[card.provider][lang]}` : '',
      card.channel ? CHANNEL_LABELS[card.channel][lang] : '',
      card.owner ? `● ${card.owner}` : '',
      ...card.tags.map((tag) => `#${tag}`),
    ]
      .filter(Boolean)
      .join('   ');
    if (meta)
      items.push({
        kind: 'text',
        x: x + pad,
        y: textTop + lines.length * METRICS.lineHeight + 17,
        text: fit(meta, b.width - 2 * pad, 12, false, m),
        size: 12,
        fill: '#5b6475',
      });
  }

  // Connectors, on top: from the right middle of one card to the left middle of another.
  const boxes = new Map(placed.map((p) => [p.id, p]));
  const routeSpace = {
    stages: layout.stages.map((st) => ({ x: X(st.x), width: st.width })),
    lanes: layout.lanes.map((l) => ({ y: Y(l.y), height: l.height })),
    cards: placed.map((p) => ({ x: p.x, y: p.y, width: p.w, height: p.h })),
  };
  for (const c of doc.connectors) {
    const a = boxes.get(c.from);
    const b = boxes.get(c.to);
    if (!a || !b) continue;
    const ab = { x: a.x, y: a.y, width: a.w, height: a.h };
    const bb = { x: b.x, y: b.y, width: b.w, height: b.h };
    // The same orthogonal route as the canvas, around every other card.
    const points = routeConnector(routeSpace, ab, bb);
    const tip = points.at(-1)!;
    const prev = points.at(-2)!;
    const len = Math.hypot(tip.x - prev.x, tip.y - prev.y) || 1;
    // Unit vector the arrow travels in as it enters the target.
    const dir = { x: (tip.x - prev.x) / len, y: (tip.y - prev.y) / len };
    const shortened = [...points.slice(0, -1), { x: tip.x - dir.x * 7, y: tip.y - dir.y * 7 }];
    items.push({ kind: 'path', d: roundedPath(shortened), stroke: '#334155', width: 2 });
    // The arrowhead: tip on the card edge, base 9 units back, 10 wide.
    const px = -dir.y;
    const py = dir.x;
    const bx = tip.x - dir.x * 9;
    const by = tip.y - dir.y * 9;
    items.push({
      kind: 'path',
      d: `M${tip.x},${tip.y} L${bx + px * 5},${by + py * 5} L${bx - px * 5},${by - py * 5} Z`,
      fill: '#334155',
    });
  }

  return {
    width: layout.width + 2 * margin,
    height: layout.height + head.height + 2 * margin,
    items,
    cards: placed,
    layout,
    offset: { x: ox, y: oy },
    title: (width) => titleBlock(doc, persona, m, 0, 0, width, date, options.compare),
  };
}
