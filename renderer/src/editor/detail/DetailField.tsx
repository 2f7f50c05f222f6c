import { useTranslation } from 'react-i18next';
import { linkDetail } from '../../../../shared/model/operations';
import type { Card } from '../../../../shared/model/types';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { openDetail } from './detailMaps';

/**
 * The map a card opens into ("detail journey"): any other map of the library, or none; a link
 * to a map that has left the library shows as such and can be removed.
 */
export function DetailField({ card, readOnly }: { card: Card; readOnly: boolean }) {
  const { t } = useTranslation();
  const services = useServices();
  const titles = useWaymark((s) => s.libraryTitles);
  const here = useWaymark((s) => s.doc?.id);
  const maps = Object.entries(titles ?? {})
    .filter(([id]) => id !== here)
    .sort((a, b) => a[1].localeCompare(b[1]));
  const broken = card.detail !== null && titles !== null && !titles[card.detail];
  return (
    <div className="detail-field">
      <label>
        {t('detail.field')}
        <select
          aria-label={t('detail.field')}
          value={card.detail ?? ''}
          disabled={readOnly}
          aria-invalid={broken}
          onChange={(e) =>
            services.store.getState().change((d) => linkDetail(d, { card: card.id }, e.target.value || null))
          }
        >
          <option value="">{t('common.none')}</option>
          {broken && <option value={card.detail!}>{t('detail.gone')}</option>}
          {maps.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
      </label>
      {card.detail && !broken && (
        <button type="button" onClick={() => void openDetail(services, card.detail!)}>
          {t('detail.open')}
        </button>
      )}
      {broken && <p className="field-error">{t('detail.broken')}</p>}
    </div>
  );
}
