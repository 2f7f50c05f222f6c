import { KIND_LABELS } from '../../../shared/templates/labels';
import { useServices, useWaymark } from '../app/ServicesContext';
import { SaveIndicator } from './SaveIndicator';
import { Toolbar } from './Toolbar';
import { BlueprintCheckToggle } from './BlueprintCheckPanel';
import { ExportMenu } from './ExportMenu';

export function EditorHeader() {
  const { store, autosave } = useServices();
  const title = useWaymark((s) => s.doc?.title ?? '');
  const kind = useWaymark((s) => s.doc?.kind);
  const language = useWaymark((s) => s.doc?.language ?? 'en');

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
      {kind === 'service-blueprint' && <BlueprintCheckToggle />}
      <div className="spacer" />
      <Toolbar />
      <ExportMenu />
      <SaveIndicator />
    </header>
  );
}
