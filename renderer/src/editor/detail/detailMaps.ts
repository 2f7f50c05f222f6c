import { useEffect } from 'react';
import { detailLinks } from '../../../../shared/model/detailLinks';
import type { JourneyMap } from '../../../../shared/model/types';
import { unwrap } from '../../ipc/bridge';
import type { Services } from '../../services/Services';
import { useServices, useWaymark } from '../../services/ServicesContext';

/** The library's maps (not in the trash) by id, read when a map opens: what detail links can name. */
export function useLibraryTitles(): void {
  const { api, store } = useServices();
  const opened = useWaymark((s) => s.doc?.id);
  useEffect(() => {
    if (!opened) return;
    let live = true;
    unwrap(api.maps.list({ trash: false, sort: 'title' })).then(
      (maps) => live && store.getState().setLibraryTitles(Object.fromEntries(maps.map((m) => [m.id, m.title]))),
      () => live && store.getState().setLibraryTitles({}),
    );
    return () => {
      live = false;
    };
  }, [api, store, opened]);
}

/**
 * Opens the map a card or stage links to, remembering the way back (the breadcrumb). A link to a
 * map no longer in the library opens nothing and says so.
 */
export async function openDetail(services: Services, mapId: string): Promise<void> {
  const { store, autosave } = services;
  const state = store.getState();
  const here = state.doc;
  if (!here) return;
  if (!state.libraryTitles?.[mapId]) {
    state.setNotice({ key: 'detail.broken', tone: 'error' });
    return;
  }
  await autosave.flush();
  state.setTrail([...state.trail, { id: here.id, title: here.title }]);
  state.closeMap();
  state.navigate({ screen: 'editor', mapId });
}

/** Back along the breadcrumb to the map `index` of the trail (its maps after it are left). */
export async function backTo(services: Services, index: number): Promise<void> {
  const { store, autosave } = services;
  const state = store.getState();
  const to = state.trail[index];
  if (!to) return;
  await autosave.flush();
  state.setTrail(state.trail.slice(0, index));
  state.closeMap();
  state.navigate({ screen: 'editor', mapId: to.id });
}

/**
 * The titles of the maps a map's cards and stages open into, for an export to print: from the
 * titles read when the map opened, or read now (the compare view has not read them).
 */
export async function detailTitlesOf(services: Services, doc: JourneyMap): Promise<Map<string, string>> {
  const ids = detailLinks(doc);
  if (!ids.length) return new Map();
  const { api, store } = services;
  const known =
    store.getState().libraryTitles ??
    Object.fromEntries((await unwrap(api.maps.list({ trash: false }))).map((m) => [m.id, m.title]));
  return new Map(ids.flatMap((id) => (known[id] === undefined ? [] : [[id, known[id]] as const])));
}
