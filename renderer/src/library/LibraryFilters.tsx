import { MAP_KINDS, MAP_SORTS, type MapKind, type MapSort } from '../../../shared/model/constants';
import { KIND_LABELS } from '../../../shared/templates/labels';

const SORT_LABELS: Record<MapSort, string> = {
  updated: 'Last changed',
  opened: 'Recently opened',
  created: 'Newest',
  title: 'Title A–Z',
};

interface Props {
  query: string;
  kind: MapKind | null;
  sort: MapSort;
  layout: 'grid' | 'list';
  onQuery: (q: string) => void;
  onKind: (k: MapKind | null) => void;
  onSort: (s: MapSort) => void;
  onLayout: (l: 'grid' | 'list') => void;
}

/** Search, kind filter, sort order and grid/list switch above the map list. */
export function LibraryFilters(p: Props) {
  return (
    <div className="library-filters" role="search">
      <input
        type="search"
        aria-label="Search maps by title or card text"
        placeholder="Search titles and card text…"
        value={p.query}
        maxLength={500}
        onChange={(e) => p.onQuery(e.target.value)}
      />
      <label>
        Kind
        <select
          aria-label="Filter by kind"
          value={p.kind ?? ''}
          onChange={(e) => p.onKind((e.target.value || null) as MapKind | null)}
        >
          <option value="">All kinds</option>
          {MAP_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k].en}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort
        <select aria-label="Sort maps" value={p.sort} onChange={(e) => p.onSort(e.target.value as MapSort)}>
          {MAP_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented-buttons" role="group" aria-label="Show maps as">
        <button type="button" aria-pressed={p.layout === 'grid'} onClick={() => p.onLayout('grid')}>
          Grid
        </button>
        <button type="button" aria-pressed={p.layout === 'list'} onClick={() => p.onLayout('list')}>
          List
        </button>
      </div>
    </div>
  );
}
