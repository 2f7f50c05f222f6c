import { MAP_KINDS, MAP_SORTS, type MapKind, type MapSort } from '../../../shared/model/constants';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/constants';
import { KIND_LABELS } from '../../../shared/templates/labels';

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
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <div className="library-filters" role="search">
      <input
        type="search"
        aria-label={t('library.searchLabel')}
        placeholder={t('library.searchPlaceholder')}
        value={p.query}
        maxLength={500}
        onChange={(e) => p.onQuery(e.target.value)}
      />
      <label>
        {t('library.kind')}
        <select
          aria-label={t('library.filterByKind')}
          value={p.kind ?? ''}
          onChange={(e) => p.onKind((e.target.value || null) as MapKind | null)}
        >
          <option value="">{t('library.allKinds')}</option>
          {MAP_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('library.sort')}
        <select aria-label={t('library.sortMaps')} value={p.sort} onChange={(e) => p.onSort(e.target.value as MapSort)}>
          {MAP_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`library.sorts.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented-buttons" role="group" aria-label={t('library.showAs')}>
        <button type="button" aria-pressed={p.layout === 'grid'} onClick={() => p.onLayout('grid')}>
          {t('library.grid')}
        </button>
        <button type="button" aria-pressed={p.layout === 'list'} onClick={() => p.onLayout('list')}>
          {t('library.list')}
        </button>
      </div>
    </div>
  );
}
