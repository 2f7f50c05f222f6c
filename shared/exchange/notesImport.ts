import { INSIGHT_SOURCES, type InsightKind, type InsightSource } from '../model/constants';
import { readDay } from '../model/dayText';
import { foldAccents } from '../model/searchText';
import { type InsightFields, insightFieldsSchema } from '../model/insight';
import { LIMITS } from '../model/limits';
import { parseTags } from '../model/tags';
import { INSIGHT_SOURCE_LABELS } from '../templates/labels';

/** A file of notes as read for import: its column headings and rows of text, shown before anything is added. */
export interface NotesTable {
  /** The file's name (not its folder). */
  file: string;
  columns: string[];
  rows: string[][];
}

/** Which column of a notes file gives each field of an insight (index into `columns`; null: none). */
export const NOTE_FIELDS = ['text', 'who', 'date', 'source', 'tags', 'link'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

/** Which column gives each field (an index into the table's columns), or null. */
export type NoteMapping = Record<NoteField, number | null>;

/** Headings people give these columns, in both languages, folded to compare. */
const HEADINGS: Record<NoteField, readonly string[]> = {
  text: [
    'text',
    'quote',
    'note',
    'notes',
    'insight',
    'observation',
    'comment',
    'answer',
    'noi dung',
    'ghi chu',
    'trich dan',
    'y kien',
    'cau tra loi',
  ],
  who: ['who', 'participant', 'respondent', 'segment', 'person', 'nguoi', 'nguoi tham gia', 'ai', 'nhom'],
  date: ['date', 'day', 'when', 'ngay', 'thoi gian'],
  source: ['source', 'method', 'nguon', 'phuong phap'],
  tags: ['tags', 'tag', 'labels', 'theme', 'themes', 'nhan', 'chu de'],
  link: ['link', 'url', 'lien ket', 'duong dan'],
};

const fold = foldAccents;

/** The mapping a person most likely wants: columns matched by their headings; text falls back to the first column. */
export function guessMapping(columns: readonly string[]): NoteMapping {
  const folded = columns.map(fold);
  const find = (field: NoteField) => {
    const i = folded.findIndex((c) => HEADINGS[field].includes(c));
    return i < 0 ? null : i;
  };
  const mapping = Object.fromEntries((Object.keys(HEADINGS) as NoteField[]).map((f) => [f, find(f)])) as NoteMapping;
  return { ...mapping, text: mapping.text ?? (columns.length ? 0 : null) };
}

/** A source said in words ("Survey", "khảo sát", "support ticket") as one of the insight sources. */
function sourceOf(word: string, fallback: InsightSource): InsightSource {
  const w = fold(word);
  if (!w) return fallback;
  return (
    INSIGHT_SOURCES.find(
      (s) => s === w || fold(INSIGHT_SOURCE_LABELS[s].en) === w || fold(INSIGHT_SOURCE_LABELS[s].vi) === w,
    ) ?? fallback
  );
}

export type NotesResult =
  | { ok: true; items: InsightFields[] }
  /** `row` counts as the spreadsheet does: the headings are row 1. */
  | { ok: false; row: number; field: NoteField | 'text'; reason: 'empty' | 'tooLong' | 'date' | 'link' | 'invalid' };

/**
 * Every row as an insight, or the first row that cannot be one (named by its row and field):
 * nothing is added unless all are good. Rows with no words in the text column are skipped.
 */
export function notesToInsights(
  table: NotesTable,
  mapping: NoteMapping,
  defaults: { kind: InsightKind; source: InsightSource },
): NotesResult {
  if (mapping.text === null) return { ok: false, row: 1, field: 'text', reason: 'empty' };
  const items: InsightFields[] = [];
  for (const [i, cells] of table.rows.entries()) {
    const row = i + 2;
    const cell = (f: NoteField) => (mapping[f] === null ? '' : (cells[mapping[f]] ?? '').trim());
    const text = cell('text');
    if (!text) continue;
    if (text.length > LIMITS.insightChars) return { ok: false, row, field: 'text', reason: 'tooLong' };
    const dateCell = cell('date');
    const date = dateCell ? readDay(dateCell) : '';
    if (date === null) return { ok: false, row, field: 'date', reason: 'date' };
    const link = cell('link');
    if (link && !/^https?:\/\/\S+$/iu.test(link)) return { ok: false, row, field: 'link', reason: 'link' };
    const parsed = insightFieldsSchema.safeParse({
      text,
      kind: defaults.kind,
      source: sourceOf(cell('source'), defaults.source),
      who: cell('who').slice(0, LIMITS.titleChars),
      date,
      link,
      tags: parseTags(cell('tags')).slice(0, LIMITS.insightTags),
    });
    if (!parsed.success) return { ok: false, row, field: 'text', reason: 'invalid' };
    items.push(parsed.data);
  }
  if (!items.length) return { ok: false, row: 2, field: 'text', reason: 'empty' };
  return { ok: true, items };
}
