import {
  CARD_TYPES,
  CHANNELS,
  EVIDENCE_STATUSES,
  EMOTION_MAX,
  EMOTION_MIN,
  MAP_KINDS,
  type Language,
} from '../../model/constants';
import { LIMITS } from '../../model/limits';
import { newId } from '../../model/ids';
import { newCard } from '../../model/ops/cards';
import { addMapPersona } from '../../model/ops/personas';
import type { Card, JourneyMap, Lane, Step } from '../../model/types';
import { createMapFromTemplate } from '../../templates/createMap';
import {
  CARD_TYPE_LABELS,
  CHANNEL_LABELS,
  EVIDENCE_LABELS,
  FORMER_LABELS,
  KIND_LABELS,
  type Localized,
} from '../../templates/labels';
import { LANE_TEMPLATES } from '../../templates/lanes';
import type { CellValue } from './toTables';
import {
  CARD_COLUMNS,
  EXPORT_WORDS,
  FORMER_COLUMNS,
  NO_SCORE,
  PERSONA_ROW,
  STEP_SEPARATOR,
  type CardColumn,
} from '../../templates/exportWords';

/** A sheet as read: its cells' values, and which cells hold formulas (by "B7" reference). */
export interface ReadSheet {
  name: string;
  rows: CellValue[][];
  formulas: ReadonlySet<string>;
}

/** What a workbook would become, shown before anything is created. */
export interface ImportPreview {
  title: string;
  stages: string[];
  lanes: { name: string; known: boolean }[];
  cards: number;
}

/** A workbook Waymark cannot read: which sheet, which cell, what (a catalogue key and params). */
export class XlsxError extends Error {
  constructor(
    message: string,
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'XlsxError';
  }
}

export const cellRef = (row: number, col: number) => {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
};

const norm = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());
const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
const LANGS: Language[] = ['en', 'vi'];

/** The enum value whose label (in either language, or a former one) or id is `text`. */
function byLabel<K extends string>(
  ids: readonly K[],
  labels: Readonly<Record<K, Localized>>,
  text: string,
  former?: Readonly<Partial<Record<K, readonly string[]>>>,
): K | null {
  const named = (id: K) =>
    LANGS.some((l) => same(labels[id][l], text)) || (former?.[id] ?? []).some((w) => same(w, text));
  return ids.find((id) => same(id, text) || named(id)) ?? null;
}

function cellText(sheet: ReadSheet, r: number, c: number): string {
  if (sheet.formulas.has(cellRef(r, c)))
    throw new XlsxError(
      `Cell ${cellRef(r, c)} of sheet "${sheet.name}" holds a formula; Waymark imports typed text only. Nothing was imported.`,
      'errors.xlsx.formula',
      { sheet: sheet.name, cell: cellRef(r, c) },
    );
  return norm(sheet.rows[r]?.[c]);
}

/** The row naming the stages: the first with different words after column A than in it. */
function headerRow(sheet: ReadSheet): number {
  for (let r = 0; r < sheet.rows.length; r++) {
    const words = new Set(sheet.rows[r]!.slice(1).map(norm).filter(Boolean));
    // A title merged across the columns repeats one word: that is not a row of stages.
    const [only] = words;
    if (words.size >= 2 || (words.size === 1 && only !== norm(sheet.rows[r]![0]))) return r;
  }
  throw new XlsxError(
    `Sheet "${sheet.name}" has no row of stage names (stages as columns from column B). Nothing was imported.`,
    'errors.xlsx.noStages',
    { sheet: sheet.name },
  );
}

const KNOWN_LANES = Object.values(LANE_TEMPLATES).flat();
const isEmotionRow = (name: string) =>
  LANGS.some((l) => same(EXPORT_WORDS[l].workbook.emotion, name)) || /^(emotions?|feelings?|cảm xúc)$/i.test(name);
const isEmotionLabelRow = (name: string) => LANGS.some((l) => same(EXPORT_WORDS[l].workbook.emotionLabel, name));
const isStepsRow = (name: string) => LANGS.some((l) => same(EXPORT_WORDS[l].workbook.steps, name));

/** A stage's step by name, added (in the order met) when the stage has none of that name yet. */
function stepNamed(grid: Grid, stageId: string, name: string, where: string): string {
  const list = grid.steps.get(stageId) ?? [];
  const found = list.find((s) => same(s.name, name));
  if (found) return found.id;
  if (list.length >= LIMITS.stepsPerStage)
    throw new XlsxError(
      `${where}: a stage has at most ${LIMITS.stepsPerStage} steps. Nothing was imported.`,
      'errors.xlsx.tooManySteps',
      { where, max: LIMITS.stepsPerStage },
    );
  const step = { id: newId(), name: name.slice(0, LIMITS.titleChars), emotion: null };
  grid.steps.set(stageId, [...list, step]);
  return step.id;
}

function laneFor(name: string): Lane {
  const known = KNOWN_LANES.find((t) => t.type === 'cards' && LANGS.some((l) => same(t.name[l], name)));
  return { id: newId(), name, type: 'cards', cardType: known?.cardType ?? 'note', line: null, hidden: false };
}

/** The persona a row of a compared persona's curve names ("Emotion · Anh Minh"), if it is one. */
function comparedPersona(name: string, isRow: (word: string) => boolean): string | null {
  const at = name.indexOf(PERSONA_ROW);
  if (at < 0 || !isRow(name.slice(0, at).trim())) return null;
  return name.slice(at + PERSONA_ROW.length).trim() || null;
}

/** An emotion score typed in a cell: a whole number from −3 to +3, or a refusal naming the cell. */
function emotionScore(sheet: ReadSheet, r: number, col: number, raw: string): number {
  const score = Number(raw.replace(',', '.'));
  if (Number.isInteger(score) && score >= EMOTION_MIN && score <= EMOTION_MAX) return score;
  throw new XlsxError(
    `Cell ${cellRef(r, col)} of sheet "${sheet.name}" should be an emotion score, a whole number from ${EMOTION_MIN} to ${EMOTION_MAX}, not "${raw}". Nothing was imported.`,
    'errors.xlsx.emotion',
    { sheet: sheet.name, cell: cellRef(r, col), value: raw.slice(0, 40), min: EMOTION_MIN, max: EMOTION_MAX },
  );
}

/** A curve's row of scores, each checked: a whole number from −3 to +3, or the cell left empty. */
function readScores(sheet: ReadSheet, r: number, stages: Grid['stages']): JourneyMap['emotions'] {
  const points: JourneyMap['emotions'] = [];
  for (const s of stages) {
    const raw = cellText(sheet, r, s.col);
    if (raw) points.push({ stageId: s.id, score: emotionScore(sheet, r, s.col, raw), label: '' });
  }
  return points;
}

/** Labels from a curve's label row onto its points. */
function labelPoints(points: JourneyMap['emotions'], labels: CellValue[] | null, stages: Grid['stages']): void {
  if (labels)
    for (const e of points)
      e.label = norm(labels[stages.find((s) => s.id === e.stageId)!.col]).slice(0, LIMITS.titleChars);
}

/** The row of step points: each stage's cell lists its steps' scores in the steps row's order. */
function readStepScores(sheet: ReadSheet, r: number, stages: Grid['stages'], grid: Pick<Grid, 'steps'>): void {
  for (const s of stages) {
    const steps = grid.steps.get(s.id) ?? [];
    const values = cellText(sheet, r, s.col)
      .split(STEP_SEPARATOR.trim())
      .map((v) => v.trim());
    grid.steps.set(
      s.id,
      steps.map((step, i) => {
        const raw = values[i] ?? '';
        if (!raw || raw === NO_SCORE) return step;
        return { ...step, emotion: { score: emotionScore(sheet, r, s.col, raw), label: '' } };
      }),
    );
  }
}

interface Grid {
  stages: { id: string; name: string; col: number }[];
  lanes: { lane: Lane; row: number; known: boolean }[];
  emotions: JourneyMap['emotions'];
  /** Each stage's steps, from the map sheet's steps row and the card sheet's step column. */
  steps: Map<string, Step[]>;
  /** Curves of personas compared beside the main one, by name, in the sheet's order. */
  compared: { name: string; emotions: JourneyMap['emotions'] }[];
  title: string;
  language: Language;
}

/** Stages, lanes and the curve from a sheet with stages as columns and lanes as rows. */
function readGrid(sheet: ReadSheet): Grid {
  const h = headerRow(sheet);
  const stages = sheet.rows[h]!.map((v, col) => ({ id: newId(), name: norm(v).slice(0, LIMITS.titleChars), col }))
    .slice(1)
    .filter((s) => s.name && !sheet.formulas.has(cellRef(h, s.col)));
  const lanes: Grid['lanes'] = [];
  let emotions: JourneyMap['emotions'] = [];
  let labels: CellValue[] | null = null;
  let stepRow = -1;
  let stepScoreRow = -1;
  const compared = new Map<string, { emotions: JourneyMap['emotions']; labels: CellValue[] | null }>();
  const curveOf = (persona: string) =>
    compared.get(persona) ?? compared.set(persona, { emotions: [], labels: null }).get(persona)!;
  for (let r = h + 1; r < sheet.rows.length; r++) {
    const name = cellText(sheet, r, 0).slice(0, LIMITS.titleChars);
    if (!name) continue;
    const labelsOf = comparedPersona(name, isEmotionLabelRow);
    const scoresOf = labelsOf === null ? comparedPersona(name, isEmotionRow) : null;
    if (isStepsRow(name)) {
      stepRow = r;
      continue;
    }
    if (scoresOf !== null && isStepsRow(scoresOf)) {
      stepScoreRow = r;
      continue;
    }
    if (labelsOf !== null) curveOf(labelsOf).labels = sheet.rows[r]!;
    else if (scoresOf !== null) curveOf(scoresOf).emotions = readScores(sheet, r, stages);
    else if (isEmotionLabelRow(name)) labels = sheet.rows[r]!;
    else if (isEmotionRow(name)) emotions = readScores(sheet, r, stages);
    else {
      const lane = laneFor(name);
      lanes.push({
        lane,
        row: r,
        known: lane.cardType !== 'note' || KNOWN_LANES.some((t) => LANGS.some((l) => same(t.name[l], name))),
      });
    }
  }
  labelPoints(emotions, labels, stages);
  for (const c of compared.values()) labelPoints(c.emotions, c.labels, stages);
  if (compared.size > LIMITS.extraPersonas)
    throw new XlsxError(
      `Sheet "${sheet.name}" has the curves of ${compared.size + 1} personas; a map compares at most ${LIMITS.extraPersonas + 1}. Nothing was imported.`,
      'errors.xlsx.tooManyPersonas',
      { sheet: sheet.name, count: compared.size + 1, max: LIMITS.extraPersonas + 1 },
    );
  const title = norm(sheet.rows[0]?.[0]) && h > 0 ? norm(sheet.rows[0]![0]).slice(0, LIMITS.titleChars) : sheet.name;
  const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
  const language: Language = sheet.rows.some((row) => row.some((v) => vietnamese.test(norm(v)))) ? 'vi' : 'en';
  const grid = { steps: new Map<string, Step[]>() } as Grid;
  if (stepRow >= 0)
    for (const s of stages)
      for (const name of cellText(sheet, stepRow, s.col).split(STEP_SEPARATOR.trim()))
        if (name.trim()) stepNamed(grid, s.id, name.trim(), `Cell ${cellRef(stepRow, s.col)} of sheet "${sheet.name}"`);
  if (stepScoreRow >= 0) readStepScores(sheet, stepScoreRow, stages, grid);
  return {
    steps: grid.steps,
    stages,
    lanes,
    emotions,
    compared: [...compared].map(([name, c]) => ({ name, emotions: c.emotions })),
    title,
    language,
  };
}

/** Cards from the grid's cells: each line of a cell is a card of the lane's type. */
function gridCards(sheet: ReadSheet, grid: Grid): Card[] {
  const cards: Card[] = [];
  for (const { lane, row } of grid.lanes)
    for (const s of grid.stages) {
      const lines = cellText(sheet, row, s.col)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      lines.forEach((text, order) =>
        cards.push(
          newCard({
            laneId: lane.id,
            stageId: s.id,
            type: lane.cardType ?? 'note',
            text: text.slice(0, LIMITS.cardTextChars),
            order,
          }),
        ),
      );
    }
  return cards;
}

function cardsSheetColumns(sheet: ReadSheet): Map<CardColumn, number> | null {
  const header = sheet.rows[0]?.map(norm) ?? [];
  const columns = new Map<CardColumn, number>();
  for (const col of CARD_COLUMNS) {
    const names = [...LANGS.map((l) => EXPORT_WORDS[l].workbook.columns[col]), ...(FORMER_COLUMNS[col] ?? [])];
    const at = header.findIndex((h) => names.some((n) => same(n, h)));
    if (at >= 0) columns.set(col, at);
  }
  return columns.has('text') && columns.has('stage') && columns.has('lane') ? columns : null;
}

/** Cards from the sheet with one card per row and every field (Waymark's own workbooks). */
function rowCards(sheet: ReadSheet, columns: Map<CardColumn, number>, grid: Grid): Card[] {
  const stages = new Map(grid.stages.map((s) => [s.name, s.id]));
  const lanes = new Map(grid.lanes.map((l) => [l.lane.name, l.lane]));
  const cards: Card[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const get = (c: CardColumn) => (columns.has(c) ? cellText(sheet, r, columns.get(c)!) : '');
    const text = get('text');
    if (!text && !get('stage')) continue;
    const refuse = (c: CardColumn, what: string) => {
      const cell = cellRef(r, columns.get(c)!);
      throw new XlsxError(
        `Cell ${cell} of sheet "${sheet.name}": ${what}. Nothing was imported.`,
        `errors.xlsx.badValue`,
        {
          sheet: sheet.name,
          cell,
          value: get(c).slice(0, 40),
        },
      );
    };
    const stageId = stages.get(get('stage')) ?? refuse('stage', `no stage "${get('stage')}" on the map sheet`);
    const lane = lanes.get(get('lane')) ?? refuse('lane', `no lane "${get('lane')}" on the map sheet`);
    const type = get('type')
      ? (byLabel(CARD_TYPES, CARD_TYPE_LABELS, get('type'), FORMER_LABELS.cardType) ??
        refuse('type', `"${get('type')}" is not a card type`))
      : (lane.cardType ?? 'note');
    const evidence = get('evidence')
      ? (byLabel(EVIDENCE_STATUSES, EVIDENCE_LABELS, get('evidence')) ??
        refuse('evidence', `"${get('evidence')}" is not an evidence status`))
      : null;
    const channel =
      get('channel') && type === 'touchpoint'
        ? (byLabel(CHANNELS, CHANNEL_LABELS, get('channel')) ??
          refuse('channel', `"${get('channel')}" is not a channel`))
        : null;
    const span = Number(get('span') || 1);
    const stepId = get('step')
      ? stepNamed(grid, stageId, get('step'), `Cell ${cellRef(r, columns.get('step')!)} of sheet "${sheet.name}"`)
      : null;
    cards.push(
      newCard({
        laneId: lane.id,
        stageId,
        type,
        text: text.slice(0, LIMITS.cardTextChars),
        order: cards.filter((c) => c.laneId === lane.id && c.stageId === stageId).length,
        evidence,
        channel,
        owner: get('owner').slice(0, LIMITS.titleChars),
        tags: get('tags')
          .split(',')
          .map((t) => t.trim().slice(0, LIMITS.tagChars))
          .filter(Boolean)
          .slice(0, LIMITS.cardTags),
        moment: LANGS.some((l) => same(EXPORT_WORDS[l].workbook.yes, get('moment'))),
        stageSpan: stepId === null && Number.isInteger(span) && span >= 1 ? span : 1,
        stepId,
      }),
    );
  }
  return cards;
}

const named = (sheets: readonly ReadSheet[], key: 'map' | 'cards') =>
  sheets.find((s) => LANGS.some((l) => same(EXPORT_WORDS[l].workbook[key], s.name)));

/**
 * How much a sheet looks like a map grid: after a row of stage names, the rows that name a
 * lane in column A and hold something under the stages. 0 for a sheet that is not one (a cover
 * or instructions sheet of text, an empty sheet).
 */
function gridScore(sheet: ReadSheet): number {
  let header: number;
  try {
    header = headerRow(sheet);
  } catch {
    return 0;
  }
  const stageCols = sheet.rows[header]!.map((v, c) => (c > 0 && norm(v) ? c : -1)).filter((c) => c > 0);
  if (stageCols.length < 2) return 0;
  return sheet.rows.slice(header + 1).filter((row) => norm(row[0]) && stageCols.some((c) => norm(row[c]))).length;
}

/**
 * The sheet holding the map: Waymark's own by its name, else the sheet that looks most like a
 * map grid (a person's workbook may open with a cover or instructions sheet), else the first
 * with anything in it (whose refusal then says what is missing).
 */
function mapSheet(sheets: readonly ReadSheet[]): ReadSheet | undefined {
  const own = named(sheets, 'map');
  if (own && gridScore(own) > 0) return own;
  const scored = sheets.map((s) => ({ s, score: gridScore(s) })).filter((x) => x.score > 0);
  const best = scored.sort((a, b) => b.score - a.score)[0]?.s;
  return best ?? own ?? sheets.find((s) => s.rows.length > 0);
}

/**
 * A map from a workbook: Waymark's own (its cards sheet brings every field back) or one a
 * person made with stages as columns and lanes as rows (each line of a cell a card; a lane it
 * does not know becomes a lane of notes). Refuses, naming the sheet and cell, what it cannot read.
 */
export function fromTables(sheets: readonly ReadSheet[]): { doc: JourneyMap; preview: ImportPreview } {
  const gridSheet = mapSheet(sheets);
  if (!gridSheet)
    throw new XlsxError(
      'The workbook has no sheet with anything in it. Nothing was imported.',
      'errors.xlsx.empty',
      {},
    );
  const grid = readGrid(gridSheet);
  if (!grid.stages.length || grid.stages.length > LIMITS.stages)
    throw new XlsxError(
      `Sheet "${gridSheet.name}" needs between 1 and ${LIMITS.stages} stages as columns. Nothing was imported.`,
      'errors.xlsx.noStages',
      { sheet: gridSheet.name },
    );
  if (!grid.lanes.length || grid.lanes.length > LIMITS.lanes)
    throw new XlsxError(
      `Sheet "${gridSheet.name}" needs between 1 and ${LIMITS.lanes} lanes as rows. Nothing was imported.`,
      'errors.xlsx.noLanes',
      { sheet: gridSheet.name },
    );
  const cardsSheet = named(sheets, 'cards');
  const columns = cardsSheet ? cardsSheetColumns(cardsSheet) : null;
  const cards = cardsSheet && columns ? rowCards(cardsSheet, columns, grid) : gridCards(gridSheet, grid);
  // Waymark's own workbooks name the map's kind under its title.
  const kindText = norm(gridSheet.rows[1]?.[0]);
  const kind = byLabel(MAP_KINDS, KIND_LABELS, kindText, FORMER_LABELS.kind) ?? 'current-state';
  const base = createMapFromTemplate({ kind, language: grid.language, title: grid.title });
  const emotionName =
    base.lanes.find((l) => l.type === 'emotion')?.name ?? EXPORT_WORDS[grid.language].workbook.emotion;
  const emotionLane: Lane = {
    id: newId(),
    name: emotionName,
    type: 'emotion',
    cardType: null,
    line: null,
    hidden: false,
  };
  const lanes = grid.lanes.map((l) => l.lane);
  // The curve's lane goes where a journey map has it: after the thoughts, or after the third lane.
  if (grid.emotions.length || grid.compared.length) lanes.splice(Math.min(3, lanes.length), 0, emotionLane);
  // A blueprint's lines (not rows of a sheet) go back under the lanes they follow in the template.
  base.lanes.forEach((line, i) => {
    if (line.type !== 'line') return;
    const after = lanes.findIndex((l) => same(l.name, base.lanes[i - 1]?.name ?? ''));
    if (after >= 0) lanes.splice(after + 1, 0, line);
  });
  const doc: JourneyMap = {
    ...base,
    stages: grid.stages.map((s) => ({
      id: s.id,
      name: s.name,
      width: null,
      detail: null,
      steps: grid.steps.get(s.id) ?? [],
    })),
    lanes,
    cards,
    emotions: grid.emotions,
    personas: grid.compared.reduce<JourneyMap['personas']>((list, c) => {
      const added = addMapPersona({ ...base, personas: list }, { personaId: null, name: c.name }).personas;
      return [...list, { ...added.at(-1)!, emotions: c.emotions }];
    }, []),
  };
  return {
    doc,
    preview: {
      title: doc.title,
      stages: grid.stages.map((s) => s.name),
      lanes: grid.lanes.map((l) => ({ name: l.lane.name, known: l.known })),
      cards: cards.length,
    },
  };
}
