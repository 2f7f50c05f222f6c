import { useTranslation } from 'react-i18next';
import type { SidePanel } from '../../store/types';
import { useServices, useWaymark } from '../../services/ServicesContext';

// The guide has its own toggle in the editor header (it is a mode of working, not a detail view).
const PANELS: readonly SidePanel[] = ['inspector', 'persona', 'insights', 'history', 'metrics'];

/** Chooses what the right-hand panel shows (`onPick`: a tab was chosen by hand). */
export function SidePanelSwitch({ onPick }: { onPick?: (panel: SidePanel) => void }) {
  const { t } = useTranslation();
  const { store } = useServices();
  const panel = useWaymark((s) => s.sidePanel);
  // The workshop room's tab while its panel is open.
  const room = useWaymark((s) => s.roomPanel && !s.readOnly);
  const panels = room ? [...PANELS, 'room' as const] : PANELS;
  return (
    <div className="segmented-buttons" role="group" aria-label={t('editor.sidePanel')}>
      {panels.map((p) => (
        <button
          key={p}
          type="button"
          aria-pressed={panel === p}
          onClick={() => {
            store.getState().setSidePanel(p);
            onPick?.(p);
          }}
        >
          {t(`editor.panels.${p}`)}
        </button>
      ))}
    </div>
  );
}
