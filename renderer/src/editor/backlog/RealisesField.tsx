import { useTranslation } from 'react-i18next';
import { setRealises } from '../../../../shared/model/operations';
import type { Card } from '../../../../shared/model/types';
import { useServices, useWaymark } from '../../services/ServicesContext';

/**
 * On a future-state map: which opportunity of the backlog the selected cards make real (the
 * lineage the compare view shows). A map without opportunities has nothing to choose.
 */
export function RealisesField({ cards, readOnly }: { cards: readonly Card[]; readOnly: boolean }) {
  const { store } = useServices();
  const { t } = useTranslation();
  const opportunities = useWaymark((s) => (s.doc?.kind === 'future-state' ? s.doc.opportunities : null));
  if (!opportunities?.length) return null;
  const first = cards[0]?.realises ?? null;
  const same = cards.every((c) => c.realises === first);
  const ids = cards.map((c) => c.id);
  return (
    <label>
      {t('inspector.realises')}
      <select
        value={same ? (first ?? '') : '*'}
        disabled={readOnly}
        onChange={(e) => store.getState().change((d) => setRealises(d, ids, e.target.value || null))}
      >
        {!same && (
          <option value="*" disabled>
            {t('common.mixed')}
          </option>
        )}
        <option value="">{t('common.none')}</option>
        {opportunities.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
          </option>
        ))}
      </select>
    </label>
  );
}
