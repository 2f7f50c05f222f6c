import { noticeText } from '../i18n/noticeText';
import { ExampleGallery } from './ExampleGallery';
import { errorText } from '../i18n/errorText';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, MapKind, MapSort } from '../../../shared/model/constants';
import type { MapLink, MapSummary } from '../../../shared/model/types';
import { unwrap } from '../ipc/bridge';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useServices, useWaymark } from '../services/ServicesContext';
import { LibraryHeader, type LibraryTab } from './LibraryHeader';
import { LibraryBacklog } from './LibraryBacklog';
import { useDialogRequests, useLibraryStartup } from './useLibraryStartup';
import { LibraryFilters } from './LibraryFilters';
import { MapListItem } from './MapListItem';
import { NewMapDialog } from './NewMapDialog';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { useDebounced } from '../ui/useDebounced';
import { useMapList } from './useMapList';
import { useMapImport } from './useMapImport';
import { useMapActions, type MapAction } from './useMapActions';
import { FamilyFilter, useLinkedDelete } from './MapFamily';

export function LibraryScreen() {
  const { api, store } = useServices();
  const { t } = useTranslation();
  const [tab, setTab] = useState<LibraryTab>('maps');
  const trash = tab === 'trash';
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<MapKind | null>(null);
  const [sort, setSort] = useState<MapSort>('updated');
  const [layout, setLayout] = useState<'grid' | 'list'>('grid');
  const [family, setFamily] = useState<MapLink | null>(null);
  const notice = useWaymark((s) => s.notice);
  const settledQuery = useDebounced(query, 150);
  const { maps, error, reload } = useMapList({ trash, query: settledQuery, kind, sort, family: family?.id ?? null });
  const filtered = settledQuery.trim() !== '' || kind !== null || family !== null;

  useLibraryStartup();

  const open = (id: string) => store.getState().navigate({ screen: 'editor', mapId: id });
  const openBacklog = (mapId: string, opportunity: string) =>
    store.getState().navigate({ screen: 'editor', mapId, opportunity });

  const create = async (options: { kind: MapKind; language: Language; title?: string } | { example: string }) => {
    const loaded = await unwrap('example' in options ? api.maps.createExample(options) : api.maps.create(options));
    store.getState().openMap(loaded);
    // A blank map without a title opens with its title ready for typing.
    if (!('example' in options) && !options.title) store.getState().editName(loaded.document.id);
    open(loaded.document.id);
  };

  const actions = useMapActions(reload, setActionError);
  const emptyTrash = () => {
    setConfirmEmpty(false);
    actions.emptyTrash();
  };

  const mapImport = useMapImport(() => {
    setTab('maps');
    reload();
  }, setActionError);
  const importMap = mapImport.start;

  const rename = (map: MapSummary, title: string | null) => {
    setRenamingId(null);
    if (title !== null) actions.rename(map, title);
  };
  const linkedDelete = useLinkedDelete((map) => actions.act(map, 'delete'));
  const act = (map: MapSummary, action: MapAction) =>
    action === 'rename'
      ? setRenamingId(map.id)
      : action === 'delete'
        ? linkedDelete.request(map)
        : actions.act(map, action);

  useDialogRequests(
    () => setCreating(true),
    () => void importMap(),
  );

  return (
    <div className="library">
      <LibraryHeader
        tab={tab}
        canEmpty={trash && !!maps && maps.length > 0}
        onTab={setTab}
        onEmpty={() => setConfirmEmpty(true)}
        onImport={() => void importMap()}
        onNew={() => setCreating(true)}
      />
      <main className="library-body">
        {notice && (
          <div role="alert" className="notice">
            {noticeText(t, notice)}
            <button type="button" onClick={() => store.getState().setNotice(null)}>
              {t('common.dismiss')}
            </button>
          </div>
        )}
        {(error !== null || actionError) && (
          <p role="alert" className="error">
            {error !== null ? errorText(t, error) : actionError}
          </p>
        )}
        {tab === 'backlog' && <LibraryBacklog onOpen={openBacklog} />}
        {tab === 'maps' && (
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
        {family && tab === 'maps' && <FamilyFilter family={family} onClear={() => setFamily(null)} />}
        {tab !== 'backlog' && maps && maps.length === 0 && (
          <p className="empty">
            {trash ? t('library.trashEmpty') : filtered ? t('library.noMatch') : t('library.noMaps')}
          </p>
        )}
        {maps && maps.length === 0 && tab === 'maps' && !filtered && (
          <ExampleGallery onStart={(example) => void create({ example })} />
        )}
        {tab !== 'backlog' && maps && maps.length > 0 && (
          <ul
            className={`map-list ${layout === 'grid' && !trash ? 'is-grid' : 'is-rows'}`}
            aria-label={trash ? t('library.mapsInTrash') : t('library.maps')}
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
                onFamily={setFamily}
              />
            ))}
          </ul>
        )}
      </main>
      {creating && <NewMapDialog onCreate={create} onCancel={() => setCreating(false)} />}
      {mapImport.preview && (
        <ImportPreviewDialog
          preview={mapImport.preview}
          onCreate={() => void mapImport.confirm()}
          onCancel={mapImport.discard}
        />
      )}
      {linkedDelete.dialog}
      {confirmEmpty && (
        <ConfirmDialog
          title={t('library.emptyTitle')}
          message={t('library.emptyMessage', { count: maps?.length ?? 0 })}
          confirmLabel={t('library.deleteForGood')}
          danger
          onConfirm={emptyTrash}
          onCancel={() => setConfirmEmpty(false)}
        />
      )}
    </div>
  );
}
