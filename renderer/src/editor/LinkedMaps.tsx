import { errorText } from '../i18n/errorText';
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { MapSummary } from '../../../shared/model/types';
import { unwrap } from '../app/bridge';
import { useServices, useWaymark } from '../app/ServicesContext';

/**
 * The link between a current-state map and the future states derived from it: create one,
 * open one, or compare the two.
 */
export function LinkedMaps() {
  const { api, store, autosave } = useServices();
  const { t } = useTranslation();
  const id = useWaymark((s) => s.doc?.id);
  const kind = useWaymark((s) => s.doc?.kind);
  const derivedFrom = useWaymark((s) => s.doc?.derivedFrom ?? null);
  const [derived, setDerived] = useState<MapSummary[]>([]);

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
      store.getState().setNotice(t('linked.created', { title: loaded.document.title }));
    } catch (err) {
      store.getState().setNotice(t('linked.notCreated', { message: errorText(t, err) }));
    }
  };

  if (kind === 'current-state')
    return (
      <div className="linked-maps">
        <button type="button" onClick={() => void createFuture()}>
          {t('linked.createFuture')}
        </button>
        {derived.slice(0, 2).map((m) => (
          <button
            key={m.id}
            type="button"
            className="link"
            onClick={() => void leaveTo({ screen: 'editor', mapId: m.id })}
            title={t('linked.open', { title: m.title })}
          >
            → {m.title}
          </button>
        ))}
      </div>
    );
  if (kind === 'future-state' && derivedFrom && id)
    return (
      <div className="linked-maps">
        <button
          type="button"
          className="link"
          title={t('linked.open', { title: derivedFrom.title })}
          onClick={() => void leaveTo({ screen: 'editor', mapId: derivedFrom.mapId })}
        >
          ← {derivedFrom.title}
        </button>
        <button type="button" onClick={() => void leaveTo({ screen: 'compare', mapId: id })}>
          {t('linked.compare')}
        </button>
      </div>
    );
  return null;
}
