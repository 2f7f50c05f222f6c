import { useCallback, useEffect, useState } from 'react';
import type { LibraryPersona } from '../../../../shared/model/persona';
import { unwrap } from '../../ipc/bridge';
import { useServices, useWaymark } from '../../services/ServicesContext';

/** The library persona a map points at, reloaded when the id changes or after an edit. */
export function usePersona(id: string | null) {
  const { api, store } = useServices();
  const revision = useWaymark((s) => s.personaRevision);
  const [persona, setPersona] = useState<LibraryPersona | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!id) return;
    let live = true;
    unwrap(api.personas.get({ id })).then(
      (p) => {
        if (!live) return;
        setPersona(p);
        setError(null);
      },
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [api, id, version, revision]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // An edit shown here at once, and announced so other views of the persona (the band above
  // the map) reload it.
  const edited = useCallback(
    (p: LibraryPersona) => {
      setPersona(p);
      store.getState().personaEdited();
    },
    [store],
  );
  return { persona: id && persona?.id === id ? persona : null, error, reload, setPersona: edited };
}
