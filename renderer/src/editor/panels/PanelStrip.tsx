import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/ServicesContext';

type Side = 'palette' | 'side';

/** The button that folds a panel away; the map gets its width. */
export function CollapseButton({ panel }: { panel: Side }) {
  const { t } = useTranslation();
  const { store } = useServices();
  const label = t(panel === 'palette' ? 'editor.hidePalette' : 'editor.hideSidePanel');
  return (
    <button
      type="button"
      className={`panel-collapse panel-collapse-${panel}`}
      aria-label={label}
      title={label}
      onClick={() => store.getState().togglePanel(panel)}
    >
      <span aria-hidden="true">{panel === 'palette' ? '«' : '»'}</span>
    </button>
  );
}

/** What a folded panel leaves: a narrow strip that opens it again. */
export function PanelStrip({ panel }: { panel: Side }) {
  const { t } = useTranslation();
  const { store } = useServices();
  const label = t(panel === 'palette' ? 'editor.showPalette' : 'editor.showSidePanel');
  return (
    <div className={`panel-strip panel-strip-${panel}`}>
      <button type="button" aria-label={label} title={label} onClick={() => store.getState().togglePanel(panel)}>
        <span aria-hidden="true">{panel === 'palette' ? '»' : '«'}</span>
      </button>
    </div>
  );
}
