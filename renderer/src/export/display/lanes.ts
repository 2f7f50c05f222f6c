import { METRICS } from '../../../../shared/layout/metrics';
import { wrapText } from '../wrapText';
import { fit, stageCell, type Band, type LaneBox } from './band';
import { emotionBand } from './emotion';
import { metricsBand } from './metrics';
import type { Item } from './types';

/** A blueprint line (interaction, visibility, internal interaction) across the map. */
function blueprintLine({ layout, m, X, Y }: Band, l: LaneBox): Item[] {
  const items: Item[] = [];
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
  return items;
}

/** A lane's name in the label column, wrapped whole (the layout gave the lane its height). */
function laneLabel({ m, X, Y }: Band, l: LaneBox): Item[] {
  const labelFill = l.lane.type === 'emotion' ? '#fff7e6' : '#eef1f6';
  const items: Item[] = [];
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
  return items;
}

/** The empty cells of a card lane (the cards are drawn on top). */
function cellsBand(band: Band, l: LaneBox): Item[] {
  return band.layout.stages.map((s) => stageCell(band, l, s, '#fbfbfc'));
}

/** Every lane: its label, then its body (cells, metrics, the emotion curve) or a blueprint line. */
export function laneBands(band: Band): Item[] {
  return band.layout.lanes.flatMap((l) => {
    if (l.lane.type === 'line') return blueprintLine(band, l);
    const body =
      l.lane.type === 'metrics'
        ? metricsBand(band, l)
        : l.lane.type === 'emotion'
          ? emotionBand(band, l)
          : cellsBand(band, l);
    return [...laneLabel(band, l), ...body];
  });
}
