import type { FontMetrics } from '../fontMetrics';
import type { LayoutOptions, MapLayout } from '../../../../shared/layout/computeLayout';
import type { ChangeMark } from '../../../../shared/model/compareMaps';
import type { ReportPersona } from '../../../../shared/model/persona';
import type { Language } from '../../../../shared/model/constants';
import type { DetailTitles } from '../../../../shared/model/detailLinks';

/** The shapes an export is made of; the SVG and PDF writers translate these and nothing else. */
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
  /** The faces the list was measured with (parsed once): PDF and PNG draw with the same. */
  metrics: FontMetrics;
  /** What a page footer says: the map's title and language, and the export's date. */
  footer: { title: string; language: Language; date: Date };
}

export interface DisplayOptions {
  /** How the map is laid out on paper: cards side by side in a cell, a height to fill. */
  layout?: Pick<LayoutOptions, 'cellColumns' | 'stretchTo' | 'compact'>;
  /** Added to each stage's number in its header: a stage printed on its own keeps its place. */
  stageOffset?: number;
  /** Leave the title block out (a stage page after the first). */
  titleBlock?: false;
  /** Printed under the title: the export date in the map's language. */
  date?: Date;
  margin?: number;
  /** Who the map is about; without it the map's own persona (no photo, no frustrations). */
  persona?: ReportPersona;
  /** A comparison drawn as one map: change marks on cards and the current state's curve. */
  compare?: CompareMarks;
  /** Cards' pictures as data: URLs by content hash (a card whose picture is missing keeps its space). */
  pictures?: ReadonlyMap<string, string>;
  /** The titles of the maps cards open into, by id; a card names its map on its meta line. */
  detailTitles?: DetailTitles;
  /** The number of each cited insight in the report's list of research ([1], [2]…), by insight id. */
  citations?: ReadonlyMap<string, number>;
}

export interface CompareMarks {
  marks: ReadonlyMap<string, ChangeMark>;
  /** The current state's emotion scores by stage id, drawn dashed behind the future curve. */
  before: ReadonlyMap<string, number>;
  /** The current-state map's title. */
  against: string;
  counts: Readonly<Record<ChangeMark, number>>;
}
