import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priority, type ValueAxis } from '../../../../shared/model/backlog';
import type { Language } from '../../../../shared/model/constants';
import type { Opportunity } from '../../../../shared/model/types';
import { OPPORTUNITY_SCORE_LABELS, OPPORTUNITY_STATUS_LABELS } from '../../../../shared/templates/labels';

export interface TableItem {
  opportunity: Opportunity;
  dots: number;
  rank: number;
  /** The map it is on, in the whole library's backlog. */
  mapTitle?: string;
}

type Column = 'rank' | 'title' | 'map' | 'status' | 'owner' | 'customerValue' | 'businessValue' | 'effort' | 'dots';

/** Rows shown before "Show all". */
const FIRST_ROWS = 50;

const numeric = (n: number | null) => (n === null ? -Infinity : n);

function compare(a: TableItem, b: TableItem, column: Column): number {
  const oa = a.opportunity;
  const ob = b.opportunity;
  switch (column) {
    case 'rank':
      return a.rank - b.rank;
    case 'title':
      return oa.title.localeCompare(ob.title);
    case 'map':
      return (a.mapTitle ?? '').localeCompare(b.mapTitle ?? '');
    case 'status':
    case 'owner':
      return oa[column].localeCompare(ob[column]);
    case 'dots':
      return a.dots - b.dots;
    default:
      return numeric(oa[column]) - numeric(ob[column]);
  }
}

/**
 * The backlog as a ranked table: sorted by any column (a header is a button, its state said by
 * aria-sort), each row selecting its opportunity.
 */
export function BacklogTable({
  items,
  axis,
  selected,
  onSelect,
}: {
  items: readonly TableItem[];
  axis: ValueAxis;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [sort, setSort] = useState<{ column: Column; up: boolean }>({ column: 'rank', up: true });
  const [all, setAll] = useState(false);
  const sorted = [...items].sort((a, b) => (sort.up ? 1 : -1) * compare(a, b, sort.column));
  // A long backlog shows its first rows until asked for the rest: 500 rows took a tenth of a
  // second to open, for rows below the fold (the selected one is always shown).
  const shown = all ? sorted : sorted.filter((x, i) => i < FIRST_ROWS || x.opportunity.id === selected);
  const withMap = items.some((i) => i.mapTitle !== undefined);
  const columns: Column[] = [
    'rank',
    'title',
    ...(withMap ? (['map'] as const) : []),
    'status',
    'owner',
    'customerValue',
    'businessValue',
    'effort',
    'dots',
  ];
  // Short headings (the table is narrow beside the matrix); the full name is the tooltip.
  const heading = (c: Column) => t(`backlog.columns.${c}`);
  const full = (c: Column) =>
    c === 'customerValue' || c === 'businessValue' || c === 'effort'
      ? OPPORTUNITY_SCORE_LABELS[c][language]
      : undefined;
  return (
    <table className="backlog-table" aria-label={t('backlog.table')}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c}
              scope="col"
              aria-sort={sort.column === c ? (sort.up ? 'ascending' : 'descending') : 'none'}
              className={c === axis ? 'is-axis' : ''}
            >
              <button
                type="button"
                title={full(c)}
                onClick={() =>
                  setSort((s) => ({ column: c, up: s.column === c ? !s.up : c === 'rank' || c === 'title' }))
                }
              >
                {heading(c)}
              </button>
            </th>
          ))}
          <th scope="col">{t('backlog.columns.priority')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map(({ opportunity: o, dots, rank, mapTitle }) => (
          <tr
            key={`${mapTitle ?? ''}:${o.id}`}
            className={`status-${o.status} ${selected === o.id ? 'is-selected' : ''}`}
            aria-selected={selected === o.id}
            onClick={() => onSelect(o.id)}
          >
            <td className="is-number">{rank}</td>
            <td>
              <button type="button" className="link-button" onClick={() => onSelect(o.id)}>
                {o.title}
              </button>
            </td>
            {withMap && <td>{mapTitle}</td>}
            <td>{OPPORTUNITY_STATUS_LABELS[o.status][language]}</td>
            <td>{o.owner}</td>
            <td className="is-number">{o.customerValue ?? '–'}</td>
            <td className="is-number">{o.businessValue ?? '–'}</td>
            <td className="is-number">{o.effort ?? '–'}</td>
            <td className="is-number">{dots || ''}</td>
            <td className="is-number">{priority(o, axis)?.toFixed(2) ?? '–'}</td>
          </tr>
        ))}
      </tbody>
      {shown.length < sorted.length && (
        <tfoot>
          <tr>
            <td colSpan={columns.length + 1}>
              <button type="button" className="link-button" onClick={() => setAll(true)}>
                {t('backlog.showAll', { count: sorted.length })}
              </button>
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
