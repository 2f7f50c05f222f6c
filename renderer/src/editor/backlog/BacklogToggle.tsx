import { useTranslation } from 'react-i18next';
import { useServices, useWaymark } from '../../services/ServicesContext';

/** The header's switch between the map's canvas and its backlog (View ▸ Backlog does the same). */
export function BacklogToggle() {
  const { t } = useTranslation();
  const { commands } = useServices();
  const on = useWaymark((s) => s.mapView === 'backlog');
  const count = useWaymark((s) => s.doc?.opportunities.length ?? 0);
  return (
    <button
      type="button"
      className="backlog-toggle"
      aria-pressed={on}
      title={t('backlog.toggleHint')}
      onClick={() => commands.run('view.backlog')}
    >
      {t('backlog.toggle')}
      {count > 0 && <span className="backlog-count"> {count}</span>}
    </button>
  );
}
