import { errorText } from '../../i18n/errorText';
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { MapSummary } from '../../../../shared/model/types';
import { unwrap } from '../../ipc/bridge';
import { useServices, useWaymark } from '../../services/ServicesContext';

/**
 * The link between a current-state map and the future states derived from it: create one,
 * open one, or compare the two.
 */
export function LinkedMaps({ inMenu = false }: { inMenu?: boolean }) {
  const { api, store, autosave } = useServices();
  const { t } = useTranslation();
  const id = useWaymark((s) => s.doc?.id);
  const kind = useWaymark((s) => s.doc?.kind);
  const derivedFrom = useWaymark((s) => s.doc?.derivedFrom ?? null);
  const [derived, setDerived] = useState<MapSummary[]>([]);
  const role = inMenu ? 'menuitem' : undefined;

  useEffect(() => {
    if (!id || kind !== 'current-state') return;
    let live = true;
    unwrap(api.maps.derived({ id })).then(
      (list) => live && setDerived(list),
      () => live && setDerived([]),
    );
    return () => {
      live = false;
    };
  }, [api, id, kind]);

  const leaveTo = async (route: Parameters<ReturnType<typeof store.getState>['navigate']>[0]) => {
    await autosave.flush();
    store.getState().closeMap();
    store.getState().navigate(route);
  };

  const createFuture = async () => {
    if (!id) return;
    try {
      await autosave.flush();
      const loaded = await unwrap(api.maps.deriveFuture({ id }));
      store.getState().openMap(loaded);
      store.getState().navigate({ screen: 'editor', mapId: loaded.document.id });
      store.getState().setNotice({ key: 'linked.created', params: { title: loaded.document.title } });
    } catch (err) {
      store.getState().setNotice({ key: 'linked.notCreated', params: { message: errorText(t, err) }, tone: 'error' });
    }
  };

  // One future state is derived once: when it exists, the header opens it instead of making another.
  const future = derived[0];
  if (kind === 'current-state')
    return (
      <div className="linked-maps" role={inMenu ? 'none' : undefined}>
        {future ? (
          <button
            type="button"
            role={role}
            title={t('linked.open', { title: future.title })}
            onClick={() => void leaveTo({ screen: 'editor', mapId: future.id })}
          >
            {t('linked.openFuture')}
          </button>
        ) : (
          <button type="button" role={role} onClick={() => void createFuture()}>
            {t('linked.createFuture')}
          </button>
        )}
      </div>
    );
  if (kind === 'future-state' && derivedFrom && id)
    return (
      <div className="linked-maps" role={inMenu ? 'none' : undefined}>
        <button
          type="button"
          role={role}
          title={t('linked.open', { title: derivedFrom.title })}
          onClick={() => void leaveTo({ screen: 'editor', mapId: derivedFrom.mapId })}
        >
          {t('linked.openCurrent')}
        </button>
        <button type="button" role={role} onClick={() => void leaveTo({ screen: 'compare', mapId: id })}>
          {t('linked.compare')}
        </button>
      </div>
    );
  return null;
}
