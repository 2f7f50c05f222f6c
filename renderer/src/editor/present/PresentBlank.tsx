import { useTranslation } from 'react-i18next';
import { useWaymark } from '../../services/ServicesContext';

/** "B" in slide software: the screen goes black until B is pressed again. */
export function PresentBlank() {
  const { t } = useTranslation();
  const blanked = useWaymark((s) => s.present?.blanked ?? false);
  if (!blanked) return null;
  return (
    <div className="present-blank" role="status" data-testid="present-blank">
      <span>{t('present.blanked')}</span>
    </div>
  );
}
