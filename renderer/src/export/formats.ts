import { PICTURE_LIMITS } from '../../../shared/model/limits';
import { ExportRefusal } from './pagePlan';
import { recordNumbers } from '../../../shared/model/stageMetrics';
import type { JourneyMap } from '../../../shared/model/types';
import type { DetailTitles } from '../../../shared/model/detailLinks';
import { detailTitle } from '../../../shared/templates/exportWords';
import { personaLegend } from '../../../shared/templates/personaLegend';
import { CARD_TYPE_LABELS, CHANNEL_LABELS, EVIDENCE_LABELS, MOMENT_LABEL } from '../../../shared/templates/labels';
import type { CarriedInsight, LibraryInsight } from '../../../shared/model/insight';

/**
 * A cell a spreadsheet would run as a formula: = + - @ (or their full-width forms, which Excel
 * and LibreOffice also accept) first, even after spaces or line breaks, or a tab or carriage
 * return first.
 */
const FORMULA_START = /^[\s\u3000\u00a0\u200b\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/u;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every card as a row, UTF-8 with a BOM so Excel shows Vietnamese correctly. */
export function toCsv(doc: JourneyMap, detailTitles: DetailTitles = new Map()): string {
  const lang = doc.language;
  const stages = new Map(doc.stages.map((s, i) => [s.id, { i, name: s.name }]));
  const lanes = new Map(doc.lanes.map((l, i) => [l.id, { i, name: l.name }]));
  const steps = new Map(doc.stages.flatMap((s) => s.steps.map((t) => [t.id, t.name] as const)));
  const personas = new Map(personaLegend(doc).map((p) => [p.id, p.name]));
  const header = [
    'stage',
    'lane',
    'type',
    'text',
    'owner',
    'evidence',
    'channel',
    'stages spanned',
    'tags',
    'moment of truth',
    'detail journey',
    'step',
    'personas',
  ];
  const rows = [...doc.cards]
    .sort(
      (a, b) =>
        stages.get(a.stageId)!.i - stages.get(b.stageId)!.i ||
        lanes.get(a.laneId)!.i - lanes.get(b.laneId)!.i ||
        a.order - b.order,
    )
    .map((c) => [
      stages.get(c.stageId)!.name,
      lanes.get(c.laneId)!.name,
      CARD_TYPE_LABELS[c.type][lang],
      c.text,
      c.owner,
      c.evidence ? EVIDENCE_LABELS[c.evidence][lang] : '',
      c.channel ? CHANNEL_LABELS[c.channel][lang] : '',
      String(c.stageSpan),
      c.tags.join(', '),
      c.moment ? MOMENT_LABEL[lang] : '',
      c.detail ? detailTitle(detailTitles.get(c.detail), lang) : '',
      c.stepId ? (steps.get(c.stepId) ?? '') : '',
      // Which personas the card concerns, by name; empty: all of them.
      c.personas.map((p) => personas.get(p) ?? '').join(', '),
    ]);
  const table = [header, ...rows];
  // Stage metrics follow the cards as a second table, every recorded date, oldest first.
  if (doc.metrics.records.length > 0) {
    const order = new Map(doc.stages.map((s, i) => [s.id, i]));
    const records = [...doc.metrics.records].sort(
      (a, b) => order.get(a.stageId)! - order.get(b.stageId)! || a.date.localeCompare(b.date),
    );
    const num = (n: number | null) => (n === null ? '' : String(n));
    table.push(
      [],
      [
        'stage',
        'date',
        'customers entering',
        'conversion to next stage (%)',
        'drop-off (%)',
        `satisfaction (${doc.metrics.satisfaction.toUpperCase()})`,
      ],
      ...records.map((r) => {
        const n = recordNumbers(doc, r);
        return [
          stages.get(r.stageId)!.name,
          r.date,
          num(n.entering),
          num(n.conversion),
          num(n.dropOff),
          num(n.satisfaction),
        ];
      }),
    );
  }
  return '\uFEFF' + table.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// Mermaid's journey grammar (user-journey/parser/journey.jison) ends a name at # : ; or a line
// break, treats % and # as the start of a comment, and reads a line that starts with journey,
// title, section, accTitle or accDescr as a keyword. Those characters become look-alikes that
// mean nothing to it, and a keyword at the start is guarded by an invisible word joiner.
const MERMAID_SWAPS: Record<string, string> = { '#': '＃', ':': '∶', ';': '；', '%': '％' };
const MERMAID_KEYWORD = /^(journey\b|title\s|section\s|acctitle|accdescr)/i;

/** Text that Mermaid reads as exactly one name, whatever the card says. */
export function mermaidText(value: string): string {
  const flat = value
    .replace(/[#:;%]/g, (c) => MERMAID_SWAPS[c]!)
    .replace(/\s+/g, ' ')
    .trim();
  if (!flat) return '…';
  return MERMAID_KEYWORD.test(flat) ? `\u2060${flat}` : flat;
}

/** Mermaid `journey`: sections are stages, tasks are cards, emotion −3…+3 becomes a 1–5 score. */
export function toMermaid(doc: JourneyMap): string {
  const scoreOf = (stageId: string) => {
    const e = doc.emotions.find((p) => p.stageId === stageId);
    return e ? Math.round(((e.score + 3) / 6) * 4) + 1 : 3;
  };
  const lines = ['journey', `  title ${mermaidText(doc.title)}`];
  for (const s of doc.stages) {
    lines.push(`  section ${mermaidText(s.name)}`);
    const cards = doc.cards.filter((c) => c.stageId === s.id).sort((a, b) => a.order - b.order);
    for (const c of cards)
      lines.push(`    ${mermaidText(c.text)}: ${scoreOf(s.id)}${c.owner.trim() ? `: ${mermaidText(c.owner)}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** The open exchange format: one map document, pretty-printed. */
/**
 * The map as a .waymark file. The detail maps it opens into and the pictures its cards (and
 * theirs) show travel with it (beside the document: `detailMaps`, and data URLs by hash) so the
 * file opens whole in another library; over PICTURE_LIMITS.fileBytes
 * the export is refused in words instead of writing a file that could not be imported.
 */
export function toWaymarkJson(
  doc: JourneyMap,
  pictures: ReadonlyMap<string, string> = new Map(),
  detailMaps: readonly JourneyMap[] = [],
  insights: readonly LibraryInsight[] = [],
): string {
  const maps = [doc, ...detailMaps];
  // The insights the maps' cards cite travel with them (the library merges them on import).
  const cited = new Set(maps.flatMap((m) => m.cards.flatMap((c) => c.insights)));
  const byId = new Map(insights.map((i) => [i.id, i]));
  // In the order the cards first cite them, so the same maps always write the same file.
  const carriedInsights: CarriedInsight[] = [...cited]
    .flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
    .map(({ id, text, kind, source, who, date, link, tags }) => ({ id, text, kind, source, who, date, link, tags }));
  const used = [...new Set(maps.flatMap((m) => m.cards.flatMap((c) => (c.picture ? [c.picture.hash] : []))))].filter(
    (h) => pictures.has(h),
  );
  const carried = {
    ...(detailMaps.length ? { detailMaps } : {}),
    ...(carriedInsights.length ? { insights: carriedInsights } : {}),
  };
  if (!used.length) return JSON.stringify({ ...doc, ...carried }, null, 2) + '\n';
  const inFile = Object.fromEntries(used.map((h) => [h, pictures.get(h)!]));
  const bytes = Object.values(inFile).reduce((sum, url) => sum + (url.length * 3) / 4, 0);
  if (bytes > PICTURE_LIMITS.fileBytes) {
    const size = (bytes / 1024 / 1024).toFixed(0);
    const max = PICTURE_LIMITS.fileBytes / 1024 / 1024;
    throw new ExportRefusal(
      `The map's pictures take ${size} MB; a .waymark file carries up to ${max} MB of pictures.`,
      {
        key: 'export.picturesTooBig',
        params: { size, max },
      },
    );
  }
  return JSON.stringify({ ...doc, ...carried, pictures: inFile }, null, 2) + '\n';
}
