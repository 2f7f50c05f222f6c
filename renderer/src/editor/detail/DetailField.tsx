import { useTranslation } from 'react-i18next';
import { linkDetail } from '../../../../shared/model/operations';
import type { Card } from '../../../../shared/model/types';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { openDetail } from './detailMaps';

/**
 * Which map something opens into: any other map of the library, or none; a link to a map that
 * has left the library shows as such (and can be removed).
 */
export function DetailSelect({
  value,
  onPick,
  disabled = false,
}: {
  value: string | null;
  onPick: (mapId: string | null) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const titles = useWaymark((s) => s.libraryTitles);
  const here = useWaymark((s) => s.doc?.id);
  const maps = Object.entries(titles ?? {})
    .filter(([id]) => id !== here)
    .sort((a, b) => a[1].localeCompare(b[1]));
  const broken = value !== null && titles !== null && !titles[value];
  return (
    <select
      aria-label={t('detail.field')}
      value={value ?? ''}
      disabled={disabled}
      aria-invalid={broken}
      onChange={(e) => onPick(e.target.value || null)}
    >
      <option value="">{t('common.none')}</option>
      {broken && <option value={value}>{t('detail.gone')}</option>}
      {maps.map(([id, title]) => (
        <option key={id} value={id}>
          {title}
        </option>
      ))}
    </select>
  );
}

/** A card's detail journey in the inspector: the map it opens into, and a way to open it. */
export function DetailField({ card, readOnly }: { card: Card; readOnly: boolean }) {
  const { t } = useTranslation();
  const services = useServices();
  const broken = useWaymark((s) => card.detail !== null && s.libraryTitles !== null && !s.libraryTitles[card.detail]);
  return (
    <div className="detail-field">
      <label>
        {t('detail.field')}
        <DetailSelect
          value={card.detail}
          disabled={readOnly}
          onPick={(id) => services.store.getState().change((d) => linkDetail(d, { card: card.id }, id))}
        />
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
