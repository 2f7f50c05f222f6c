import { ScenarioField } from './ScenarioField';
import { errorText } from '../../i18n/errorText';
import { Trans, useTranslation } from 'react-i18next';
import { useState } from 'react';
import { setPersonaLink } from '../../../../shared/model/operations';
import type { LibraryPersona, PersonaFields } from '../../../../shared/model/persona';
import { unwrap } from '../../ipc/bridge';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { PersonaEditor } from './PersonaEditor';
import { PersonaPicker } from './PersonaPicker';
import { PersonaPhoto } from './PersonaPhoto';
import { usePersona } from './usePersona';
import { ComparedPersonas } from './ComparedPersonas';

/**
 * Who the map is about. The persona lives in the library: editing it here changes every map
 * that uses it; choosing or removing it is a map edit (undoable).
 */
export function PersonaPanel() {
  const services = useServices();
  const { api, store, autosave } = services;
  const { t } = useTranslation();
  const personaId = useWaymark((s) => s.doc?.personaId ?? null);
  const ownPersona = useWaymark((s) => s.doc?.persona);
  const { persona, error, setPersona, reload } = usePersona(personaId);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [changing, setChanging] = useState(false);
  const readOnly = useWaymark((s) => s.readOnly);

  const link = (p: LibraryPersona | null) => {
    setChanging(false);
    if (p) setPersona(p);
    store.getState().change((d) => setPersonaLink(d, p?.id ?? null));
    // The map count comes from saved maps: save the link, then ask again.
    if (p) void autosave.flush().then(reload);
  };

  const save = async (fields: PersonaFields) => {
    if (!persona) return;
    setPersona(await unwrap(api.personas.update({ id: persona.id, fields })));
  };

  const remove = async () => {
    if (!persona) return;
    setConfirmDelete(false);
    try {
      // The library rewrites the maps that used the persona, this one included: save pending
      // edits first, then reload what the library wrote.
      await autosave.flush();
      const { changedMapIds } = await unwrap(api.personas.delete({ id: persona.id }));
      const open = store.getState().doc?.id;
      if (open && changedMapIds.includes(open)) store.getState().openMap(await unwrap(api.maps.load({ id: open })));
      store.getState().setNotice({ key: 'persona.deleted', params: { name: persona.name } });
    } catch (err) {
      store.getState().setNotice({ key: 'persona.notDeleted', params: { message: errorText(t, err) }, tone: 'error' });
    }
  };

  return (
    <aside className="side-panel persona-panel" aria-label={t('persona.title')}>
      <h2>{t('persona.title')}</h2>
      <ScenarioField />
      {personaId && error !== null && (
        <p role="alert" className="error">
          {errorText(t, error)}
        </p>
      )}
      {personaId && persona && !changing && (
        <>
          <PersonaPhoto persona={persona} onChange={setPersona} />
          <PersonaEditor key={persona.id} persona={persona} onSave={save} />
          <p className="hint">{t('persona.shared', { count: persona.mapCount })}</p>
          <div className="panel-actions">
            <button type="button" onClick={() => setChanging(true)}>
              {t('persona.useAnother')}
            </button>
            <button type="button" onClick={() => link(null)}>
              {t('persona.removeFromMap')}
            </button>
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              {t('persona.delete')}
            </button>
          </div>
        </>
      )}
      {(!personaId || changing) && (
        <>
          {!personaId && ownPersona?.name && (
            <p className="hint">
              <Trans
                i18nKey="persona.ownPersona"
                values={{ name: ownPersona.name }}
                components={[<strong key="n" />]}
              />
            </p>
          )}
          <PersonaPicker onPick={link} />
          {changing && (
            <button type="button" onClick={() => setChanging(false)}>
              {t('common.cancel')}
            </button>
          )}
        </>
      )}
      <ComparedPersonas readOnly={readOnly} />
      {confirmDelete && persona && (
        <ConfirmDialog
          title={t('persona.deleteTitle', { name: persona.name })}
          message={
            persona.mapCount > 0 ? t('persona.deleteUsed', { count: persona.mapCount }) : t('persona.deleteUnused')
          }
          confirmLabel={t('persona.deleteConfirm')}
          danger
          onConfirm={() => void remove()}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
    </aside>
  );
}
