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
  const [renamingId, setRenamingId] = useState<string | null>(null);
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

  const importMap = async () => {
    try {
      const result = await unwrap(api.maps.import({}));
      if ('imported' in result) {
        setTrash(false);
        store.getState().setNotice(`Imported “${result.imported.title}” as a new map.`);
        reload();
      }
      setActionError(null);
    } catch (err) {
      store.getState().setNotice(null);
      setActionError(`Import failed: ${(err as Error).message}`);
    }
  };

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setActionError(null);
      reload();
    } catch (err) {
      setActionError((err as Error).message);
    }
  };

  const rename = (map: MapSummary, title: string | null) => {
    setRenamingId(null);
    if (title !== null) void run(() => unwrap(api.maps.rename({ id: map.id, title })));
  };

  const act = (map: MapSummary, action: 'rename' | 'duplicate' | 'delete' | 'restore') => {
    if (action === 'rename') setRenamingId(map.id);
    else
      void run(() =>
        unwrap(
          action === 'duplicate'
            ? api.maps.duplicate({ id: map.id })
            : action === 'delete'
              ? api.maps.delete({ id: map.id })
              : api.maps.restore({ id: map.id }),
        ),
      );
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
        <button type="button" onClick={() => void importMap()}>
          Import…
        </button>
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
                renaming={renamingId === m.id}
                onOpen={() => open(m.id)}
                onAction={(a) => act(m, a)}
                onRename={(title) => rename(m, title)}
              />
            ))}
          </ul>
        )}
      </main>
      {creating && <NewMapDialog onCreate={create} onCancel={() => setCreating(false)} />}
    </div>
  );
}
