import { useStore } from 'zustand';
import { KIND_LABELS } from '../../../shared/templates/labels';
import { useServices, useWaymark } from '../app/ServicesContext';
import { SaveIndicator } from './SaveIndicator';

export function EditorHeader() {
  const { store, commands, autosave } = useServices();
  const title = useWaymark((s) => s.doc?.title ?? '');
  const kind = useWaymark((s) => s.doc?.kind);
  const language = useWaymark((s) => s.doc?.language ?? 'en');
  // Subscribing to history lengths keeps the undo/redo buttons' enabled state current.
  useStore(store.temporal, (h) => h.pastStates.length + h.futureStates.length * 1000);

  const back = async () => {
    await autosave.flush();
    store.getState().closeMap();
    store.getState().navigate({ screen: 'library' });
  };

  return (
    <header className="app-header editor-header">
      <button type="button" onClick={() => void back()}>
        ← Library
      </button>
      <h1 className="map-heading">{title}</h1>
      {kind && <span className={`kind-badge kind-${kind}`}>{KIND_LABELS[kind][language]}</span>}
      <div className="spacer" />
      {(['edit.undo', 'edit.redo'] as const).map((id) => {
        const c = commands.get(id);
        return (
          <button
            key={id}
            type="button"
            disabled={!commands.isEnabled(id)}
            onClick={() => commands.run(id)}
            title={`${c.label} (${c.shortcuts[0]!.replace('Mod', 'Ctrl')})`}
          >
            {c.label}
          </button>
        );
      })}
      <SaveIndicator />
    </header>
  );
}
