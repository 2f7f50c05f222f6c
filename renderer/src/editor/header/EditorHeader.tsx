import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/constants';
import { useState } from 'react';
import { renameMap } from '../../../../shared/model/operations';
import { KIND_LABELS } from '../../../../shared/templates/labels';
import { InlineTextField } from '../../ui/InlineTextField';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { SaveIndicator } from './SaveIndicator';
import { Toolbar } from './Toolbar';
import { BlueprintCheckToggle } from '../blueprint/BlueprintCheckPanel';
import { ExportMenu } from '../export/ExportMenu';
import { HeaderMore } from './HeaderMore';
import { backTo } from '../detail/detailMaps';
import { GLYPHS } from '../glyphs';
import { BacklogToggle } from '../backlog/BacklogToggle';

export function EditorHeader() {
  const { store, autosave } = useServices();
  const { t, i18n } = useTranslation();
  const title = useWaymark((s) => s.doc?.title ?? '');
  const kind = useWaymark((s) => s.doc?.kind);
  const [renamingHere, setRenaming] = useState(false);
  // The library asks for a title when a new map was created without one.
  const asked = useWaymark((s) => s.doc !== null && s.nameToEdit === s.doc.id);
  const renaming = renamingHere || asked;

  const services = useServices();
  const trail = useWaymark((s) => s.trail);
  const back = async () => {
    await autosave.flush();
    store.getState().setTrail([]);
    store.getState().closeMap();
    store.getState().navigate({ screen: 'library' });
  };

  return (
    <header className="app-header editor-header">
      <button type="button" onClick={() => void back()}>
        {t('editor.backToLibrary')}
      </button>
      {/* The way back from a detail journey to the map it was opened from. */}
      {trail.length > 0 && (
        <nav className="detail-trail" aria-label={t('detail.trail')}>
          <button type="button" onClick={() => void backTo(services, trail.length - 1)}>
            {GLYPHS.previous} {t('detail.back', { title: trail.at(-1)!.title })}
          </button>
        </nav>
      )}
      {renaming ? (
        <InlineTextField
          initial={title}
          label={t('editor.mapTitle')}
          className="rename-field"
          onDone={(t) => {
            setRenaming(false);
            if (asked) store.getState().editName(null);
            if (t) store.getState().change((d) => renameMap(d, t));
          }}
        />
      ) : (
        <h1 className="map-heading" onDoubleClick={() => setRenaming(true)} title={t('editor.renameHint')}>
          {title}
        </h1>
      )}
      {kind && <span className={`kind-badge kind-${kind}`}>{KIND_LABELS[kind][i18n.language as Language]}</span>}
      {kind === 'service-blueprint' && <BlueprintCheckToggle />}
      <div className="spacer" />
      <Toolbar />
      <BacklogToggle />
      <button type="button" title={t('editor.presentHint')} onClick={() => store.getState().startPresenting()}>
        {t('editor.present')}
      </button>
      <ExportMenu />
      <HeaderMore />
      <SaveIndicator />
    </header>
  );
}
