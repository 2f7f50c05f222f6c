import { useEffect, useState } from 'react';
import type { Language, MapKind } from '../../../shared/model/constants';
import type { MapSummary } from '../../../shared/model/types';
import { unwrap } from '../app/bridge';
import { useServices, useWaymark } from '../app/ServicesContext';
import { MapListItem } from './MapListItem';
import { NewMapDialog } from './NewMapDialog';
import { useMapList } from './useMapList';

export function LibraryScreen() {
  const { api, store } = useServices();
  const [trash, setTrash] = useState(false);
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const notice = useWaymark((s) => s.notice);
  const { maps, error, reload } = useMapList(trash);

  useEffect(() => {
    void unwrap(api.library.info({})).then((info) => {
      if (info.movedAside)
        store
          .getState()
          .setNotice(
            `Your library file was damaged and could not be opened. It was moved to ${info.movedAside} (nothing was deleted) and a new, empty library was started.`,
          );
    });
  }, [api, store]);

  const open = (id: string) => store.getState().navigate({ screen: 'editor', mapId: id });

  const create = async (options: { kind: MapKind; language: Language; title?: string }) => {
    const loaded = await unwrap(api.maps.create(options));
    store.getState().openMap(loaded);
    open(loaded.document.id);
  };

  const act = async (map: MapSummary, action: 'rename' | 'duplicate' | 'delete' | 'restore') => {
    try {
      if (action === 'rename') {
        const title = window.prompt('New title', map.title);
        if (title === null || title.trim() === '' || title === map.title) return;
        await unwrap(api.maps.rename({ id: map.id, title }));
      } else if (action === 'duplicate') await unwrap(api.maps.duplicate({ id: map.id }));
      else if (action === 'delete') await unwrap(api.maps.delete({ id: map.id }));
      else await unwrap(api.maps.restore({ id: map.id }));
      setActionError(null);
      reload();
    } catch (err) {
      setActionError((err as Error).message);
    }
  };

  return (
    <div className="library">
      <header className="app-header">
        <h1>Waymark</h1>
        <nav className="library-tabs" aria-label="Library">
          <button type="button" aria-pressed={!trash} onClick={() => setTrash(false)}>
            Maps
          </button>
          <button type="button" aria-pressed={trash} onClick={() => setTrash(true)}>
            Trash
          </button>
        </nav>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New map
        </button>
      </header>
      <main className="library-body">
        {notice && (
          <div role="alert" className="notice">
            {notice}
            <button type="button" onClick={() => store.getState().setNotice(null)}>
              Dismiss
            </button>
          </div>
        )}
        {(error || actionError) && (
          <p role="alert" className="error">
            {error ?? actionError}
          </p>
        )}
        {maps && maps.length === 0 && (
          <p className="empty">
            {trash ? 'The trash is empty.' : 'No maps yet. Create your first journey map with “New map”.'}
          </p>
        )}
        {maps && maps.length > 0 && (
          <ul className="map-list" aria-label={trash ? 'Maps in the trash' : 'Maps'}>
            {maps.map((m) => (
              <MapListItem
                key={m.id}
                map={m}
                inTrash={trash}
                onOpen={() => open(m.id)}
                onAction={(a) => void act(m, a)}
              />
            ))}
          </ul>
        )}
      </main>
      {creating && <NewMapDialog onCreate={create} onCancel={() => setCreating(false)} />}
    </div>
  );
}
