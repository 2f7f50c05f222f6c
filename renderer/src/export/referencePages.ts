import type { Citations } from '../../../shared/model/citations';
import type { Language } from '../../../shared/model/constants';
import type { ResearchCoverage } from '../../../shared/model/coverage';
import { EXPORT_WORDS } from '../../../shared/templates/exportWords';
import { INSIGHT_KIND_LABELS, insightMeta } from '../../../shared/templates/labels';
import type { Item } from './display/types';
import type { FontMetrics } from './fontMetrics';
import { wrapText } from './wrapText';

/** A page of the report's list of research, laid out in points (drawn at scale 1). */
export type ReferencePage = Item[];

const INK = '#1d2330';
const SOFT = '#5b6475';
const SIZE = { title: 16, lead: 10, text: 10, meta: 8.5 } as const;
const LINE = { text: 13.5, meta: 11.5 } as const;

/**
 * The insights a map's cards cite, numbered as the cards print them ([1], [2]…), each with its
 * words and where it comes from, on pages of the report's paper (portrait). The first page is
 * headed with the coverage of pain points; an entry never breaks across pages unless it is
 * longer than a page.
 */
export function referencePages(
  cited: Citations,
  coverage: ResearchCoverage,
  lang: Language,
  metrics: FontMetrics,
  paper: { w: number; h: number; margin: number; footer: number },
): ReferencePage[] {
  if (!cited.order.length) return [];
  const words = EXPORT_WORDS[lang].research;
  const left = paper.margin;
  const numberW = metrics.width(`[${cited.order.length}]`, SIZE.text, true) + 8;
  const textW = paper.w - 2 * paper.margin - numberW;
  const bottom = paper.h - paper.margin - paper.footer;
  const pages: ReferencePage[] = [];
  let page: Item[] = [];
  let y = paper.margin;
  const text = (x: number, at: number, t: string, size: number, fill: string, bold = false) =>
    page.push({ kind: 'text', x, y: at, text: t, size, fill, ...(bold ? { bold: true } : {}) });

  y += SIZE.title;
  text(left, y, words.title, SIZE.title, INK, true);
  y += 18;
  const backed = coverage.pains.total ? coverage.pains : coverage.cards;
  const lead = [
    words.cited.replace('{n}', String(cited.order.length)),
    (coverage.pains.total ? words.pains : words.cards)
      .replace('{backed}', String(backed.backed))
      .replace('{total}', String(backed.total)),
  ].join('  ·  ');
  text(left, y, lead, SIZE.lead, SOFT);
  y += 20;

  cited.order.forEach((insight, i) => {
    const body = insight.kind === 'quote' ? `“${insight.text}”` : insight.text;
    const lines = wrapText(body, textW, (s) => metrics.width(s, SIZE.text));
    const meta = [INSIGHT_KIND_LABELS[insight.kind][lang], insightMeta(insight, lang), insight.link]
      .filter(Boolean)
      .join(' · ');
    const metaLines = wrapText(meta, textW, (s) => metrics.width(s, SIZE.meta));
    const height = lines.length * LINE.text + metaLines.length * LINE.meta + 8;
    if (y + Math.min(height, bottom - paper.margin - 40) > bottom && page.length) {
      pages.push(page);
      page = [];
      y = paper.margin;
    }
    lines.forEach((line, j) => {
      if (y + LINE.text > bottom) {
        pages.push(page);
        page = [];
        y = paper.margin;
      }
      y += LINE.text;
      if (j === 0) text(left, y, `[${i + 1}]`, SIZE.text, INK, true);
      text(left + numberW, y, line, SIZE.text, INK);
    });
    for (const line of metaLines) {
      y += LINE.meta;
      text(left + numberW, y, line, SIZE.meta, SOFT);
    }
    y += 8;
  });
  pages.push(page);
  return pages;
}
