import type { MapLayout } from '../../../../shared/layout/computeLayout';
import type { JourneyMap } from '../../../../shared/model/types';
import type { FontMetrics } from '../fontMetrics';
import type { DisplayOptions, Item } from './types';

/** What every band of an export is drawn from: the map, its layout, fonts and the page offset. */
export interface Band {
  doc: JourneyMap;
  layout: MapLayout;
  m: FontMetrics;
  lang: JourneyMap['language'];
  /** Map coordinates → display-list coordinates. */
  X: (x: number) => number;
  Y: (y: number) => number;
  options: DisplayOptions;
  /** Each card's wrapped text lines, as measured for the layout. */
  cardText: ReadonlyMap<string, string[]>;
}

export type LaneBox = MapLayout['lanes'][number];

/** Truncates a one-line label to a width, with an ellipsis. */
export function fit(text: string, max: number, size: number, bold: boolean, m: FontMetrics): string {
  if (m.width(text, size, bold) <= max) return text;
  let t = text;
  while (t.length > 1 && m.width(`${t}…`, size, bold) > max) t = t.slice(0, -1);
  return `${t}…`;
}

/** A lane's cell under one stage: the grid's boxes (card cells, metrics cells). */
export function stageCell(
  { X, Y }: Pick<Band, 'X' | 'Y'>,
  l: LaneBox,
  s: MapLayout['stages'][number],
  fill: string,
): Item {
  return { kind: 'rect', x: X(s.x), y: Y(l.y), w: s.width, h: l.height, fill, stroke: '#d9dde4', strokeWidth: 1 };
}
