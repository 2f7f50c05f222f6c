import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLink, MapSummary } from '../../../shared/model/types';
import { KIND_LABELS } from '../../../shared/templates/labels';
import { InlineTextField } from '../ui/InlineTextField';
import { svgDataUrl } from '../ui/svgDataUrl';
import { formatWhen } from '../i18n/formatWhen';

interface Props {
  map: MapSummary;
  inTrash: boolean;
  onOpen: () => void;
  renaming: boolean;
  onAction: (action: 'rename' | 'duplicate' | 'delete' | 'restore') => void;
  onRename: (title: string | null) => void;
  /** Filter the library to the maps joined to this one by detail links. */
  onFamily: (map: MapLink) => void;
}

/** Titles as a short list: the first two quoted, then "+N". */
function quoted(links: readonly MapLink[]): string {
  const named = links.slice(0, 2).map((l) => `“${l.title}”`);
  return links.length > 2 ? `${named.join(', ')} +${links.length - 2}` : named.join(', ');
}

/** Where the map sits among detail journeys: the maps it details, how many it opens into. */
function FamilyLine({ map, onFamily }: { map: MapSummary; onFamily: (map: MapLink) => void }) {
  const { t } = useTranslation();
  if (!map.detailOf.length && !map.details.length) return null;
  return (
    <div className="map-family">
      {map.detailOf.length > 0 && <span>{t('detail.detailOf', { titles: quoted(map.detailOf) })}</span>}
      {map.details.length > 0 && <span>{t('detail.details', { count: map.details.length })}</span>}
      <button
        type="button"
        className="link"
        aria-label={t('detail.showFamilyOf', { title: map.title })}
        onClick={() => onFamily(map)}
      >
        {t('detail.showFamily')}
      </button>
    </div>
  );
}

export function MapListItem({ map, inTrash, renaming, onOpen, onAction, onRename, onFamily }: Props) {
  const { t, i18n } = useTranslation();
  // Encoding the SVG is not free and the list re-renders on every keystroke of a search.
  const thumbnail = useMemo(() => (map.thumbnail ? svgDataUrl(map.thumbnail) : null), [map.thumbnail]);
  const when = inTrash ? (map.deletedAt ?? map.updatedAt) : map.updatedAt;
  return (
    <li className="map-item" data-map-id={map.id}>
      <button type="button" className="map-thumb" tabIndex={-1} aria-hidden="true" disabled={inTrash} onClick={onOpen}>
        {thumbnail && <img src={thumbnail} alt="" loading="lazy" decoding="async" />}
      </button>
      <div className="map-main">
        {renaming ? (
          <InlineTextField
            initial={map.title}
            label={t('library.mapTitle')}
            className="rename-field"
            onDone={onRename}
          />
        ) : inTrash ? (
          <span className="map-title">{map.title}</span>
        ) : (
          <button type="button" className="map-title link" onClick={onOpen}>
            {map.title}
          </button>
        )}
        <span className={`kind-badge kind-${map.kind}`}>{KIND_LABELS[map.kind][map.language]}</span>
      </div>
      <div className="map-meta">
        {map.personaName && <span className="map-persona">{map.personaName} · </span>}
        <span>{t('common.cards', { count: map.cardCount })}</span>
        <span> · </span>
        <time dateTime={when}>
          {t(inTrash ? 'library.deleted' : 'library.changed', { when: formatWhen(when, new Date(), i18n.language) })}
        </time>
      </div>
      {!inTrash && <FamilyLine map={map} onFamily={onFamily} />}
      <div className="map-actions">
        {inTrash ? (
          <button
            type="button"
            onClick={() => onAction('restore')}
            aria-label={t('library.restoreMap', { title: map.title })}
          >
            {t('common.restore')}
          </button>
        ) : (
          <>
            <button
              type="button"
              onClick={() => onAction('rename')}
              aria-label={t('library.renameMap', { title: map.title })}
            >
              {t('library.rename')}
            </button>
            <button
              type="button"
              onClick={() => onAction('duplicate')}
              aria-label={t('library.duplicateMap', { title: map.title })}
            >
              {t('library.duplicate')}
            </button>
            <button
              type="button"
              onClick={() => onAction('delete')}
              aria-label={t('library.moveMapToTrash', { title: map.title })}
            >
              {t('library.moveToTrash')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
