import { priority, rankBacklog, type ValueAxis } from '../model/backlog';
import { SCORE_MAX, type Language } from '../model/constants';
import type { Opportunity } from '../model/types';
import { EXPORT_WORDS } from '../templates/exportWords';
import { OPPORTUNITY_SCORE_LABELS, OPPORTUNITY_STATUS_LABELS } from '../templates/labels';

/** An opportunity as the backlog exports list it: with its map, the room's dots and the cards it addresses. */
export interface BacklogRowSource {
  opportunity: Opportunity;
  mapTitle: string;
  dots: number;
  /** The words of the cards it addresses (known on the map it is on). */
  cards: readonly string[];
}

export interface BacklogTable {
  header: string[];
  rows: (string | number)[][];
  /** Column widths in characters, for the workbook. */
  widths: number[];
}

/**
 * The backlog ranked, as rows of words in the export's language: the workbook's sheet and the
 * PDF page read this, so they list the same opportunities in the same order.
 */
export function backlogTable(items: readonly BacklogRowSource[], axis: ValueAxis, lang: Language): BacklogTable {
  const w = EXPORT_WORDS[lang].backlog;
  const score = (n: number | null) => (n === null ? '' : n);
  const header = [
    w.rank,
    w.opportunity,
    w.map,
    w.status,
    w.owner,
    OPPORTUNITY_SCORE_LABELS.customerValue[lang],
    OPPORTUNITY_SCORE_LABELS.businessValue[lang],
    OPPORTUNITY_SCORE_LABELS.effort[lang],
    `${w.priority} (${OPPORTUNITY_SCORE_LABELS[axis][lang]})`,
    w.dots,
    w.cards,
    w.description,
  ];
  const rows = rankBacklog(items, axis).map((x, i) => {
    const o = x.opportunity;
    return [
      i + 1,
      o.title,
      x.mapTitle,
      OPPORTUNITY_STATUS_LABELS[o.status][lang],
      o.owner,
      score(o.customerValue),
      score(o.businessValue),
      score(o.effort),
      priority(o, axis) ?? '',
      x.dots,
      x.cards.join('\n'),
      o.description,
    ];
  });
  return { header, rows, widths: [7, 36, 22, 14, 16, 12, 12, 10, 14, 8, 40, 40] };
}

/** Jira's default priorities, from value for the effort: 5 for 1 is Highest, 1 for 5 is Lowest. */
function jiraPriority(p: number | null): string {
  if (p === null) return 'Medium';
  if (p >= 3) return 'Highest';
  if (p >= 1.5) return 'High';
  if (p >= 1) return 'Medium';
  if (p >= 0.5) return 'Low';
  return 'Lowest';
}

/** Where an opportunity stands, in Jira's default workflow's words. */
const JIRA_STATUS: Readonly<Record<Exclude<Opportunity['status'], 'dropped'>, string>> = {
  idea: 'To Do',
  planned: 'To Do',
  'in-progress': 'In Progress',
  done: 'Done',
};

/**
 * The backlog as rows for Jira's CSV importer, under the field names Jira maps by itself
 * (Summary, Issue Type, Description, Priority, Labels, Status). A dropped opportunity is not
 * work to import and is left out. The description says the scores, the owner (a Jira assignee
 * must be an account, so the name is written out instead) and the cards it addresses.
 */
export function jiraRows(items: readonly BacklogRowSource[], axis: ValueAxis, lang: Language): string[][] {
  const w = EXPORT_WORDS[lang].backlog;
  const header = ['Summary', 'Issue Type', 'Description', 'Priority', 'Labels', 'Status'];
  const rows = rankBacklog(items, axis)
    .filter((x) => x.opportunity.status !== 'dropped')
    .map(({ opportunity: o, mapTitle, cards }) => {
      const scores = (['customerValue', 'businessValue', 'effort'] as const)
        .map((k) => `${OPPORTUNITY_SCORE_LABELS[k][lang]}: ${o[k] === null ? w.notScored : `${o[k]}/${SCORE_MAX}`}`)
        .join(' · ');
      const description = [
        o.description,
        scores,
        o.owner ? w.owned.replace('{owner}', o.owner) : '',
        cards.length ? [w.addresses, ...cards.map((c) => `- ${c.replace(/\s+/g, ' ')}`)].join('\n') : '',
        w.fromMap.replace('{map}', mapTitle),
      ]
        .filter(Boolean)
        .join('\n\n');
      return [
        o.title,
        'Task',
        description,
        jiraPriority(priority(o, axis)),
        'journey-map',
        JIRA_STATUS[o.status as keyof typeof JIRA_STATUS],
      ];
    });
  return [header, ...rows];
}
