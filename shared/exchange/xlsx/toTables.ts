import type { JourneyMap } from '../../model/types';
import { dotsByCard } from '../../model/ops/feedback';
import {
  CARD_TYPE_LABELS,
  CHANNEL_LABELS,
  EVIDENCE_LABELS,
  INSIGHT_KIND_LABELS,
  INSIGHT_SOURCE_LABELS,
  KIND_LABELS,
} from '../../templates/labels';
import {
  CARD_COLUMNS,
  EXPORT_WORDS,
  NO_SCORE,
  STEP_SEPARATOR,
  detailTitle,
  personaRow,
} from '../../templates/exportWords';
import { personaLegend } from '../../templates/personaLegend';
import type { DetailTitles } from '../../model/detailLinks';
import { citations } from '../../model/citations';
import type { LibraryInsight } from '../../model/insight';

export type CellValue = string | number | null;

export interface Table {
  name: string;
  rows: CellValue[][];
  /** Column widths in characters. */
  widths: number[];
  /** Rows drawn as headings (0-based). */
  headingRows: number[];
  /** Rows whose one value spans every column (the map sheet's title and kind). */
  merged?: number[];
}

/** Points a line of 11 pt text takes in a row (Vietnamese marks stacked above and below included). */
export const LINE_POINTS = 15;
/** Characters of the app's typeface that fit in one unit of column width, a little under one. */
const CHARS_PER_WIDTH = 0.9;

/** Lines a text takes when wrapped at word boundaries in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const per = Math.max(1, Math.floor(width * CHARS_PER_WIDTH) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const len = [...word].length;
      if (used && used + 1 + len > per) {
        lines += 1;
        used = 0;
      }
      // A word longer than the column breaks across lines of its own.
      lines += Math.floor(Math.max(0, len - 1) / per);
      used = used ? used + 1 + len : len % per || per;
    }
  }
  return lines;
}

/**
 * A row's height in points that shows every line of every cell (Excel and LibreOffice do not
 * grow a row for wrapped text by themselves): the most lines any cell wraps to, plus padding.
 */
export function rowHeight(values: readonly CellValue[], widths: readonly number[]): number {
  const lines = Math.max(1, ...values.map((v, i) => (typeof v === 'string' ? wrappedLines(v, widths[i] ?? 10) : 1)));
  return lines * LINE_POINTS + 4;
}

const sorted = (doc: JourneyMap) => {
  const stage = new Map(doc.stages.map((s, i) => [s.id, i]));
  const lane = new Map(doc.lanes.map((l, i) => [l.id, i]));
  return [...doc.cards].sort(
    (a, b) =>
      stage.get(a.stageId)! - stage.get(b.stageId)! || lane.get(a.laneId)! - lane.get(b.laneId)! || a.order - b.order,
  );
};

/**
 * The sheet a person would draw: stages as columns, lanes as rows, a cell's cards one per line,
 * the emotion scores (and their words) as rows of their own.
 */
function mapTable(doc: JourneyMap): Table {
  const w = EXPORT_WORDS[doc.language].workbook;
  const rows: CellValue[][] = [
    [doc.title],
    [KIND_LABELS[doc.kind][doc.language]],
    [],
    [w.lane, ...doc.stages.map((s) => s.name)],
  ];
  const stepped = doc.stages.some((s) => s.steps.length);
  if (stepped) rows.push([w.steps, ...doc.stages.map((s) => s.steps.map((t) => t.name).join(STEP_SEPARATOR) || null)]);
  const cards = sorted(doc);
  for (const lane of doc.lanes.filter((l) => l.type === 'cards'))
    rows.push([
      lane.name,
      ...doc.stages.map(
        (s) =>
          cards
            .filter((c) => c.laneId === lane.id && c.stageId === s.id)
            .map((c) => c.text.replace(/\s*\n\s*/g, ' '))
            .join('\n') || null,
      ),
    ]);
  // The main persona's curve, then each compared persona's under its name.
  const legend = personaLegend(doc);
  const curves = [
    { words: [w.emotion, w.emotionLabel], points: doc.emotions },
    ...doc.personas.map((p, i) => ({
      words: [personaRow(w.emotion, legend[i + 1]!.name), personaRow(w.emotionLabel, legend[i + 1]!.name)],
      points: p.emotions,
    })),
  ];
  for (const { words, points } of curves) {
    if (!points.length) continue;
    const at = new Map(points.map((e) => [e.stageId, e]));
    rows.push([words[0]!, ...doc.stages.map((s) => at.get(s.id)?.score ?? null)]);
    rows.push([words[1]!, ...doc.stages.map((s) => at.get(s.id)?.label || null)]);
  }
  // The main persona's points at steps, in the order of the steps row ("–" for a step not scored).
  if (doc.stages.some((s) => s.steps.some((t) => t.emotion)))
    rows.push([
      personaRow(w.emotion, w.steps),
      ...doc.stages.map(
        (s) => s.steps.map((t) => (t.emotion ? String(t.emotion.score) : NO_SCORE)).join(STEP_SEPARATOR) || null,
      ),
    ]);
  return {
    name: w.map,
    rows,
    widths: [24, ...doc.stages.map(() => 34)],
    headingRows: stepped ? [0, 3, 4] : [0, 3],
    merged: [0, 1],
  };
}

/** Each column at least as wide as its bold heading on one line, so headings never run into each other. */
function fitHeadings(headings: readonly CellValue[], widths: readonly number[]): number[] {
  return widths.map((w, i) => Math.max(w, Math.ceil([...String(headings[i] ?? '')].length / CHARS_PER_WIDTH) + 3));
}

/** Every card with every field, one per row: what brings the map back exactly. */
function cardsTable(doc: JourneyMap, detailTitles: DetailTitles): Table {
  const lang = doc.language;
  const w = EXPORT_WORDS[lang].workbook;
  const stages = new Map(doc.stages.map((s) => [s.id, s.name]));
  const lanes = new Map(doc.lanes.map((l) => [l.id, l.name]));
  const dots = dotsByCard(doc.votes);
  const steps = new Map(doc.stages.flatMap((s) => s.steps.map((t) => [t.id, t.name] as const)));
  const rows: CellValue[][] = [CARD_COLUMNS.map((c) => w.columns[c])];
  for (const c of sorted(doc))
    rows.push(
      CARD_COLUMNS.map((col) => {
        switch (col) {
          case 'stage':
            return stages.get(c.stageId)!;
          case 'lane':
            return lanes.get(c.laneId)!;
          case 'step':
            return c.stepId ? (steps.get(c.stepId) ?? null) : null;
          case 'type':
            return CARD_TYPE_LABELS[c.type][lang];
          case 'text':
            return c.text;
          case 'evidence':
            return c.evidence ? EVIDENCE_LABELS[c.evidence][lang] : null;
          case 'channel':
            return c.channel ? CHANNEL_LABELS[c.channel][lang] : null;
          case 'owner':
            return c.owner || null;
          case 'tags':
            return c.tags.join(', ') || null;
          case 'moment':
            return c.moment ? w.yes : null;
          case 'span':
            return c.stageSpan;
          case 'dots':
            return dots.get(c.id) ?? null;
          case 'detail':
            return c.detail ? detailTitle(detailTitles.get(c.detail), lang) : null;
          case 'id':
            return c.id;
        }
      }),
    );
  return {
    name: w.cards,
    rows,
    widths: fitHeadings(rows[0]!, [20, 22, 18, 16, 60, 14, 16, 16, 20, 10, 10, 8, 30, 40]),
    headingRows: [0],
  };
}

function metricsTable(doc: JourneyMap): Table {
  const w = EXPORT_WORDS[doc.language].workbook;
  const stages = new Map(doc.stages.map((s) => [s.id, s.name]));
  const c = w.metricColumns;
  const rows: CellValue[][] = [[c.stage, c.date, c.entering, c.conversion, c.satisfaction]];
  for (const r of doc.metrics.records)
    rows.push([stages.get(r.stageId)!, r.date, r.entering, r.conversion, r.satisfaction]);
  return { name: w.metrics, rows, widths: fitHeadings(rows[0]!, [22, 12, 18, 14, 12]), headingRows: [0] };
}

function sourcesTable(doc: JourneyMap): Table {
  const w = EXPORT_WORDS[doc.language].workbook;
  const c = w.sourceColumns;
  const rows: CellValue[][] = [[c.title, c.kind, c.date, c.note]];
  for (const s of doc.sources) rows.push([s.title, s.kind, s.date || null, s.note || null]);
  return { name: w.sources, rows, widths: fitHeadings(rows[0]!, [40, 16, 12, 60]), headingRows: [0] };
}

/**
 * The research the cards cite, numbered as the report numbers it, each with the cards citing it
 * (their words, one a line): a team filters and pivots it as it likes.
 */
function insightsTable(doc: JourneyMap, insights: readonly LibraryInsight[]): Table {
  const w = EXPORT_WORDS[doc.language].research;
  const lang = doc.language;
  const cited = citations(doc, insights);
  const rows: CellValue[][] = [[w.number, w.insight, w.kind, w.source, w.who, w.date, w.link, w.tags, w.citedBy]];
  for (const insight of cited.order)
    rows.push([
      cited.numberOf.get(insight.id)!,
      insight.text,
      INSIGHT_KIND_LABELS[insight.kind][lang],
      INSIGHT_SOURCE_LABELS[insight.source][lang],
      insight.who || null,
      insight.date || null,
      insight.link || null,
      insight.tags.join(', ') || null,
      doc.cards
        .filter((c) => c.insights.includes(insight.id))
        .map((c) => c.text.replace(/\s+/g, ' '))
        .join('\n'),
    ]);
  return { name: w.sheet, rows, widths: fitHeadings(rows[0]!, [5, 60, 12, 16, 14, 12, 30, 18, 50]), headingRows: [0] };
}

/**
 * The workbook as tables of plain values; the writer only styles and saves them. `detailTitles`
 * names the maps cards open into (a link without a title is said to be gone); `insights` are the
 * library's insights the cards cite (a sheet of them when there are any).
 */
export function toTables(
  doc: JourneyMap,
  detailTitles: DetailTitles = new Map(),
  insights: readonly LibraryInsight[] = [],
): Table[] {
  const tables = [mapTable(doc), cardsTable(doc, detailTitles), metricsTable(doc), sourcesTable(doc)];
  return citations(doc, insights).order.length ? [...tables, insightsTable(doc, insights)] : tables;
}
