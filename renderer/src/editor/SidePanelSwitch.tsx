import type { SidePanel } from '../store/types';
import { useServices, useWaymark } from '../app/ServicesContext';

const PANELS: { id: SidePanel; label: string }[] = [
  { id: 'inspector', label: 'Details' },
  { id: 'persona', label: 'Persona' },
  { id: 'history', label: 'History' },
];

/** Chooses what the right-hand panel shows. */
export function SidePanelSwitch() {
  const { store } = useServices();
  const panel = useWaymark((s) => s.sidePanel);
  return (
    <div className="segmented-buttons" role="group" aria-label="Side panel">
      {PANELS.map((p) => (
        <button
          key={p.id}
          type="button"
          aria-pressed={panel === p.id}
          onClick={() => store.getState().setSidePanel(p.id)}
        >
          {p.label}
        </button>
      ))}
    </div>
  );
}
