import { emotionY } from '../../../../shared/layout/computeLayout';
import { smoothPath } from '../../../../shared/layout/curve';
import { faceGeometry } from '../../../../shared/layout/face';
import { METRICS } from '../../../../shared/layout/metrics';
import { wrapText } from '../wrapText';
import { fit, type Band, type LaneBox } from './band';
import { personaLegend } from '../../../../shared/templates/personaLegend';
import { PERSONA_STYLE } from '../../../../shared/render/palette';
import type { Item } from './types';

/** The emotion band: grid, zero line, the curve (and a comparison's earlier curve), faces, labels. */
export function emotionBand(band: Band, l: LaneBox): Item[] {
  const { layout, m, X, Y, options } = band;
  const items: Item[] = [...personaLegendItems(band, l)];
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
    if (was.length > 1) items.push({ kind: 'path', d: smoothPath(was), stroke: '#8a94a6', width: 2.5, dash: [6, 5] });
  }
  items.push(...personaCurves(band));
  if (points.length > 1)
    items.push({
      kind: 'path',
      d: smoothPath(points.map((p) => ({ x: X(p.x), y: Y(p.y) }))),
      stroke: PERSONA_STYLE.amber.ink,
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
  return items;
}

/** The other personas' curves, under the main one: each a line in its colour with a dot per stage. */
function personaCurves({ layout, X, Y }: Band): Item[] {
  return (layout.emotion?.curves ?? []).flatMap((c) => {
    const ink = PERSONA_STYLE[c.colour].ink;
    const at = c.points.map((p) => ({ x: X(p.x), y: Y(p.y) }));
    return [
      ...(at.length > 1 ? [{ kind: 'path' as const, d: smoothPath(at), stroke: ink, width: 2.5 }] : []),
      ...at.map((p) => ({
        kind: 'circle' as const,
        cx: p.x,
        cy: p.y,
        r: 5,
        fill: ink,
        stroke: '#ffffff',
        strokeWidth: 1.5,
      })),
    ];
  });
}

/** Under the emotion lane's name, when the map compares personas: each one's colour and name. */
function personaLegendItems({ doc, m, X, Y }: Band, l: LaneBox): Item[] {
  if (!doc.personas.length) return [];
  const width = METRICS.laneLabelWidth - 28;
  const nameLines = wrapText(l.lane.name, width, (s) => m.width(s, 13, true)).length;
  const top = Y(l.y) + 24 + (nameLines - 1) * 17 + 18;
  const row = Math.min(16, (Y(l.y + l.height) - 6 - top) / (doc.personas.length + 1));
  return personaLegend(doc).flatMap((p, i) => {
    const y = top + i * row;
    return [
      { kind: 'rect' as const, x: X(14), y: y - 6, w: 12, h: 3.5, fill: PERSONA_STYLE[p.colour].ink, radius: 1.5 },
      {
        kind: 'text' as const,
        x: X(31),
        y,
        text: fit(p.name, width - 17, 10, true, m),
        size: 10,
        bold: true,
        fill: '#2c3444',
      },
    ];
  });
}
