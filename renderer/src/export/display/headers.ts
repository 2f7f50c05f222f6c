import { METRICS } from '../../../../shared/layout/metrics';
import { wrapText } from '../wrapText';
import { fit, type Band } from './band';
import { detailLine } from '../../../../shared/templates/exportWords';
import type { Item } from './types';

/** The stage headers: number, and the name on one line or wrapped onto a second, smaller one. */
export function stageHeaders(band: Band): Item[] {
  const { doc, layout, m, X, Y, options } = band;
  const items: Item[] = [];
  const stages = new Map(doc.stages.map((s) => [s.id, s]));
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
    const n = String(s.index + 1 + (options.stageOffset ?? 0));
    items.push({
      kind: 'text',
      x: X(s.x) + 24 - m.width(n, 12, true) / 2,
      y: Y(METRICS.headerHeight / 2) + 4.5,
      text: n,
      size: 12,
      bold: true,
      fill: '#ffffff',
    });
    const stage = stages.get(s.id);
    const name = stage?.name ?? '';
    if (stage?.detail) {
      items.push(...detailHeader(name, detailLine(options.detailTitles?.get(stage.detail), doc.language), s, band));
      continue;
    }
    // A long stage name wraps onto a second, smaller line rather than ending in "…".
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
  return items;
}

/**
 * The band of step names under the stage headers (when a stage has steps), and each step's
 * dashed edge down through the lanes, as on the canvas.
 */
export function stepBand({ doc, layout, m, X, Y }: Band): Item[] {
  if (!layout.stepBand) return [];
  const names = new Map(doc.stages.flatMap((s) => s.steps.map((t) => [t.id, t.name] as const)));
  const top = METRICS.headerHeight;
  const items: Item[] = [];
  for (const s of layout.stages) {
    items.push({
      kind: 'rect',
      x: X(s.x),
      y: Y(top),
      w: s.width,
      h: layout.stepBand,
      fill: '#e8edf8',
      stroke: '#c9d3ea',
      strokeWidth: 1,
    });
    s.steps.forEach((t, i) => {
      if (i > 0) {
        items.push({
          kind: 'line',
          x1: X(t.x),
          y1: Y(top),
          x2: X(t.x),
          y2: Y(top + layout.stepBand),
          stroke: '#b7c3e0',
          width: 1,
          dash: [4, 3],
        });
        // Down through the card lanes only: the curve and the blueprint lines run across the stage.
        for (const l of layout.lanes.filter((x) => x.lane.type === 'cards' && !x.collapsed))
          items.push({
            kind: 'line',
            x1: X(t.x),
            y1: Y(l.y),
            x2: X(t.x),
            y2: Y(l.y + l.height),
            stroke: '#d3dae8',
            width: 1,
            dash: [4, 3],
          });
      }
      items.push({
        kind: 'text',
        x: X(t.x) + 10,
        y: Y(top + layout.stepBand / 2) + 4.5,
        text: fit(names.get(t.id) ?? '', t.width - 16, 12.5, true, m),
        size: 12.5,
        bold: true,
        fill: '#1f3a7a',
      });
    });
  }
  return items;
}

/** A stage that opens into a detail journey: its name on one line, the map it opens under it. */
function detailHeader(name: string, line: string, s: { x: number; width: number }, { m, X, Y }: Band): Item[] {
  const room = s.width - 54;
  const mid = Y(METRICS.headerHeight / 2);
  return [
    {
      kind: 'text',
      x: X(s.x) + 44,
      y: mid - 2.5,
      text: fit(name, room, 14, true, m),
      size: 14,
      bold: true,
      fill: '#ffffff',
    },
    { kind: 'text', x: X(s.x) + 44, y: mid + 13, text: fit(line, room, 11, false, m), size: 11, fill: '#c9d6f5' },
  ];
}
