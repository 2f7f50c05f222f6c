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
