import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLink, MapSummary } from '../../../shared/model/types';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** Above the list while it shows one map's family: what it shows, and the way back to all maps. */
export function FamilyFilter({ family, onClear }: { family: MapLink; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="family-filter" role="status">
      <span>{t('detail.familyOf', { title: family.title })}</span>
      <button type="button" onClick={onClear}>
        {t('detail.allMaps')}
      </button>
    </div>
  );
}

/**
 * Moving a map to the trash when other maps open into it asks first (their links show as broken
 * until it is restored); any other map goes at once.
 */
export function useLinkedDelete(remove: (map: MapSummary) => void) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<MapSummary | null>(null);
  const request = (map: MapSummary) => (map.detailOf.length > 0 ? setAsking(map) : remove(map));
  const dialog = asking && (
    <ConfirmDialog
      title={t('detail.deleteLinkedTitle', { title: asking.title })}
      message={t('detail.deleteLinkedMessage', {
        count: asking.detailOf.length,
        titles: asking.detailOf.map((l) => `“${l.title}”`).join(', '),
      })}
      confirmLabel={t('library.moveToTrash')}
      danger
      onConfirm={() => {
        remove(asking);
        setAsking(null);
      }}
      onCancel={() => setAsking(null)}
    />
  );
  return { request, dialog };
}
