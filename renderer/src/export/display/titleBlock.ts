import { isEmptyPersona, type ReportPersona } from '../../../../shared/model/persona';
import type { JourneyMap } from '../../../../shared/model/types';

type Language = JourneyMap['language'];
import { EVIDENCE_STATUSES } from '../../../../shared/model/constants';
import { CHANGE_STYLE, EVIDENCE_STYLE } from '../../../../shared/render/palette';
import { EXPORT_WORDS, exportDate } from '../../../../shared/templates/exportWords';
import { cardStyle } from '../../../../shared/render/cardStyle';
import { CARD_TYPE_LABELS, CHANGE_LABELS, EVIDENCE_LABELS, KIND_LABELS } from '../../../../shared/templates/labels';
import type { CompareMarks, Item } from './types';
import type { FontMetrics } from '../fontMetrics';
import { wrapText } from '../wrapText';

const INK = '#1d2330';
const SOFT = '#5b6475';
const LABEL = '#7a8496';
const LINE = 17;
const MAX_LINES = 6;

interface Column {
  items: Item[];
  height: number;
}

/** Wrapped lines, cut to a few with an ellipsis on the last: the block stays a block. */
function lines(text: string, width: number, size: number, m: FontMetrics, max = MAX_LINES): string[] {
  const all = wrapText(text, width, (s) => m.width(s, size));
  if (all.length <= max) return all;
  const kept = all.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/\s*\S*$/, '')}…`;
  return kept;
}

function heading(text: string, x: number, y: number): Item {
  return { kind: 'text', x, y, text, size: 10, bold: true, fill: LABEL };
}

const PHOTO = 64;

function personaColumn(
  p: ReportPersona,
  lang: Language,
  x: number,
  y: number,
  w: number,
  m: FontMetrics,
): Column | null {
  if (isEmptyPersona(p)) return null;
  const words = EXPORT_WORDS[lang].report;
  const items: Item[] = [heading(words.persona, x, y)];
  let at = y + 20;
  // The photo sits left of the name and quote; the text beside it starts after it.
  const textX = p.photo ? x + PHOTO + 12 : x;
  const textW = w - (textX - x);
  if (p.photo) items.push({ kind: 'image', x, y: at - 12, w: PHOTO, h: PHOTO, href: p.photo, round: true });
  for (const line of lines(p.name, textW, 14, m, 2)) {
    items.push({ kind: 'text', x: textX, y: at, text: line, size: 14, bold: true, fill: INK });
    at += 19;
  }
  for (const line of lines(p.quote ? `“${p.quote}”` : '', textW, 12, m, 3)) {
    items.push({ kind: 'text', x: textX, y: at, text: line, size: 12, fill: SOFT });
    at += LINE;
  }
  if (p.photo) at = Math.max(at, y + 20 + PHOTO);
  const list = (title: string, entries: string[]) => {
    if (entries.length === 0) return;
    at += 4;
    items.push({ kind: 'text', x, y: at, text: title, size: 11, bold: true, fill: LABEL });
    at += LINE - 2;
    for (const entry of entries.slice(0, 4))
      for (const [i, line] of lines(`• ${entry}`, w - 10, 12, m, 2).entries()) {
        items.push({ kind: 'text', x: x + (i ? 10 : 0), y: at, text: line, size: 12, fill: INK });
        at += LINE;
      }
  };
  list(words.goals, p.goals);
  list(words.frustrations, p.frustrations);
  return { items, height: at - y };
}

function scenarioColumn(doc: JourneyMap, x: number, y: number, w: number, m: FontMetrics): Column | null {
  if (!doc.scenario.trim()) return null;
  const items: Item[] = [heading(EXPORT_WORDS[doc.language].report.scenario, x, y)];
  let at = y + 20;
  for (const line of lines(doc.scenario, w, 12, m)) {
    items.push({ kind: 'text', x, y: at, text: line, size: 12, fill: INK });
    at += LINE;
  }
  return { items, height: at - y };
}

/** The card types the map uses, with their colours, and the three evidence marks. */
function legendColumn(doc: JourneyMap, x: number, y: number, w: number, m: FontMetrics): Column {
  const lang = doc.language;
  const words = EXPORT_WORDS[lang].report;
  const items: Item[] = [heading(words.legend, x, y)];
  const types = [...new Set(doc.cards.map((c) => c.type))];
  let cx = x;
  let at = y + 10;
  const chip = (width: number) => {
    if (cx + width > x + w && cx > x) {
      cx = x;
      at += 22;
    }
    const start = cx;
    cx += width + 12;
    return start;
  };
  for (const type of types) {
    const label = CARD_TYPE_LABELS[type][lang];
    const sx = chip(18 + m.width(label, 12));
    items.push({ kind: 'rect', x: sx, y: at + 3, w: 12, h: 12, radius: 2, fill: cardStyle({ type }).tint });
    items.push({ kind: 'rect', x: sx, y: at + 3, w: 3, h: 12, fill: cardStyle({ type }).bar });
    items.push({ kind: 'text', x: sx + 18, y: at + 14, text: label, size: 12, fill: INK });
  }
  cx = x;
  at += types.length ? 34 : 12;
  items.push(heading(words.evidence, x, at));
  at += 8;
  for (const status of EVIDENCE_STATUSES) {
    const label = EVIDENCE_LABELS[status][lang];
    const width = m.width(label, 11, true) + 12;
    const sx = chip(width);
    items.push({ kind: 'rect', x: sx, y: at + 2, w: width, h: 16, radius: 8, fill: EVIDENCE_STYLE[status].fill });
    items.push({
      kind: 'text',
      x: sx + 6,
      y: at + 14,
      text: label,
      size: 11,
      bold: true,
      fill: EVIDENCE_STYLE[status].ink,
    });
  }
  return { items, height: at + 20 - y };
}

/** What a comparison changed, counted, and which curve is which. */
function changesColumn(lang: Language, compare: CompareMarks, x: number, y: number, m: FontMetrics): Column {
  const words = EXPORT_WORDS[lang].report;
  const items: Item[] = [heading(words.changes, x, y)];
  let at = y + 10;
  let cx = x;
  for (const mark of ['added', 'changed', 'removed'] as const) {
    const label = `${compare.counts[mark]} ${CHANGE_LABELS[mark][lang].toLowerCase()}`;
    const width = m.width(label, 11, true) + 12;
    const style = CHANGE_STYLE[mark];
    items.push({ kind: 'rect', x: cx, y: at + 2, w: width, h: 16, radius: 8, fill: style.fill, stroke: style.outline });
    items.push({ kind: 'text', x: cx + 6, y: at + 14, text: label, size: 11, bold: true, fill: style.ink });
    cx += width + 10;
  }
  at += 34;
  const curve = (label: string, stroke: string, dash: number[] | undefined) => {
    items.push({
      kind: 'line',
      x1: x,
      y1: at - 4,
      x2: x + 28,
      y2: at - 4,
      stroke,
      width: 3,
      ...(dash ? { dash } : {}),
    });
    items.push({ kind: 'text', x: x + 36, y: at, text: label, size: 12, fill: INK });
    at += LINE + 2;
  };
  curve(words.current, '#8a94a6', [6, 5]);
  curve(words.future, '#d97706', undefined);
  return { items, height: at - y };
}

/**
 * The head of every map export: title; kind and date; then persona, scenario and a legend of
 * the card types and evidence marks, side by side. Returns its shapes and its height.
 */
export function titleBlock(
  doc: JourneyMap,
  persona: ReportPersona,
  m: FontMetrics,
  x: number,
  y: number,
  width: number,
  date: Date,
  /** A comparison: the kind line names the current state, and a column counts the changes. */
  compare?: CompareMarks,
): { items: Item[]; height: number } {
  const lang = doc.language;
  const items: Item[] = [];
  let at = y + 26;
  for (const line of lines(doc.title, width, 24, m, 2)) {
    items.push({ kind: 'text', x, y: at, text: line, size: 24, bold: true, fill: INK });
    at += 30;
  }
  const when = exportDate(date, lang, 'long');
  const kind = compare
    ? `${KIND_LABELS[doc.kind][lang]} ${EXPORT_WORDS[lang].report.comparedWith} “${compare.against}”`
    : KIND_LABELS[doc.kind][lang];
  for (const line of lines(`${kind}  ·  ${when}`, width, 13, m, 2)) {
    items.push({ kind: 'text', x, y: at - 4, text: line, size: 13, fill: SOFT });
    at += 18;
  }
  at += 4;
  const gap = 32;
  const columns = compare ? 4 : 3;
  const columnW = Math.max(240, (width - (columns - 1) * gap) / columns);
  const builders = [
    (cx: number, cy: number) => personaColumn(persona, lang, cx, cy, columnW, m),
    (cx: number, cy: number) => scenarioColumn(doc, cx, cy, columnW, m),
    (cx: number, cy: number) => legendColumn(doc, cx, cy, columnW, m),
    ...(compare ? [(cx: number, cy: number) => changesColumn(lang, compare, cx, cy, m)] : []),
  ];
  let cx = x;
  let rowTop = at;
  let rowHeight = 0;
  for (const build of builders) {
    if (cx + columnW > x + width + 1 && cx > x) {
      cx = x;
      rowTop += rowHeight + 16;
      rowHeight = 0;
    }
    const column = build(cx, rowTop);
    if (!column) continue;
    items.push(...column.items);
    rowHeight = Math.max(rowHeight, column.height);
    cx += columnW + gap;
  }
  return { items, height: rowTop + rowHeight + 18 - y };
}
