import { useTranslation } from 'react-i18next';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { GLYPHS } from '../glyphs';
import { openDetail } from './detailMaps';

/** On a card that opens into a detail journey: a button that opens it, or says it is gone. */
export function DetailBadge({ mapId, on = 'card' }: { mapId: string; on?: 'card' | 'stage' }) {
  const { t } = useTranslation();
  const services = useServices();
  const title = useWaymark((s) => s.libraryTitles?.[mapId]);
  const known = useWaymark((s) => s.libraryTitles !== null);
  const broken = known && title === undefined;
  const label = broken
    ? t('detail.badgeBroken')
    : t(on === 'card' ? 'detail.badge' : 'detail.stageBadge', { title: title ?? '' });
  return (
    <button
      type="button"
      className={`${on}-detail nodrag ${broken ? 'is-broken' : ''}`}
      aria-label={label}
      title={label}
      onClick={(e) => {
        e.stopPropagation();
        void openDetail(services, mapId);
      }}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      {GLYPHS.detail}
    </button>
  );
}
