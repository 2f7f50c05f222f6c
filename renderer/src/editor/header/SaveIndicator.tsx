import { useTranslation } from 'react-i18next';
import { useWaymark } from '../../services/ServicesContext';

/** "Saved" appears only once the main process confirmed the commit (see store/autosave). */
export function SaveIndicator() {
  const { t } = useTranslation();
  const state = useWaymark((s) => s.save.state);
  return (
    <div className={`save-indicator save-${state}`} role="status" aria-live="polite" data-save-state={state}>
      <span className="save-dot" aria-hidden="true" />
      <span>{t(`save.${state}`)}</span>
    </div>
  );
}
