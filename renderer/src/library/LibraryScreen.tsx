import { useEffect, useState } from 'react';
import type { Language, MapKind, MapSort } from '../../../shared/model/constants';
import type { MapSummary } from '../../../shared/model/types';
import { unwrap } from '../app/bridge';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useServices, useWaymark } from '../app/ServicesContext';
import { LibraryFilters } from './LibraryFilters';
import { MapListItem } from './MapListItem';
import { NewMapDialog } from './NewMapDialog';
import { useDebounced } from './useDebounced';
import { useMapList } from './useMapList';

export function LibraryScreen() {
  const { api, store } = useServices();
  const [trash, setTrash] = useState(false);
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<MapKind | null>(null);
  const [sort, setSort] = useState<MapSort>('updated');
  const [layout, setLayout] = useState<'grid' | 'list'>('grid');
  const notice = useWaymark((s) => s.notice);
  const settledQuery = useDebounced(query, 150);
  const { maps, error, reload } = useMapList({ trash, query: settledQuery, kind, sort });
  const filtered = settledQuery.trim() !== '' || kind !== null;

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

  const create = async (options: { kind: MapKind; language: Language; title?: string } | { example: string }) => {
    const loaded = await unwrap('example' in options ? api.maps.createExample(options) : api.maps.create(options));
    store.getState().openMap(loaded);
    open(loaded.document.id);
  };

  const emptyTrash = () => {
    setConfirmEmpty(false);
    void run(async () => {
      const { deleted } = await unwrap(api.maps.emptyTrash({}));
      store.getState().setNotice(`${deleted} ${deleted === 1 ? 'map' : 'maps'} deleted for good.`);
    });
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
        {trash && maps && maps.length > 0 && (
          <button type="button" className="danger" onClick={() => setConfirmEmpty(true)}>
            Empty trash…
          </button>
        )}
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
        {!trash && (
          <LibraryFilters
            query={query}
            kind={kind}
            sort={sort}
            layout={layout}
            onQuery={setQuery}
            onKind={setKind}
            onSort={setSort}
            onLayout={setLayout}
          />
        )}
        {maps && maps.length === 0 && (
          <p className="empty">
            {trash
              ? 'The trash is empty.'
              : filtered
                ? 'No map matches this search.'
                : 'No maps yet. Create your first journey map with “New map”, or start from an example.'}
          </p>
        )}
        {maps && maps.length > 0 && (
          <ul
            className={`map-list ${layout === 'grid' && !trash ? 'is-grid' : 'is-rows'}`}
            aria-label={trash ? 'Maps in the trash' : 'Maps'}
          >
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
      {confirmEmpty && (
        <ConfirmDialog
          title="Empty the trash?"
          message={`The ${maps?.length ?? 0} ${maps?.length === 1 ? 'map' : 'maps'} in the trash and their version history will be deleted for good. This cannot be undone.`}
          confirmLabel="Delete for good"
          danger
          onConfirm={emptyTrash}
          onCancel={() => setConfirmEmpty(false)}
        />
      )}
    </div>
  );
}
