import { useEffect, useMemo } from 'react';
import { citeInsights } from '../../../../shared/model/operations';
import type { Card } from '../../../../shared/model/types';
import { unwrap } from '../../ipc/bridge';
import type { WaymarkStore } from '../../store/createWaymarkStore';
import { useServices, useWaymark } from '../../services/ServicesContext';

const keys = new WeakMap<readonly Card[], string>();

/**
 * The ids a map's cards cite, sorted and joined: read by selectors on every change of the store,
 * so it is worked out once per cards array (a selection or a hover reuses it).
 */
export function citedKey(cards: readonly Card[]): string {
  let key = keys.get(cards);
  if (key === undefined) {
    key = [...new Set(cards.flatMap((c) => c.insights))].sort().join('|');
    keys.set(cards, key);
  }
  return key;
}

/** What an insight dragged from the insights panel carries: its id (a card it is dropped on cites it). */
export const INSIGHT_DRAG_TYPE = 'application/x-waymark-insight';

/**
 * Reads the insights the open map's cards cite, when the map opens, when the cited ids change
 * and whenever the insight library changed (an insight edited or deleted in the panel).
 */
export function useCitedInsights(): void {
  const { api, store } = useServices();
  const ids = useWaymark((s) => (s.doc ? citedKey(s.doc.cards) : null));
  const version = useWaymark((s) => s.insightsVersion);
  useEffect(() => {
    if (ids === null) return;
    let live = true;
    const list = ids ? ids.split('|') : [];
    unwrap(api.insights.byIds({ ids: list })).then(
      (found) => live && store.getState().setCitedInsights(Object.fromEntries(found.map((i) => [i.id, i]))),
      () => live && store.getState().setCitedInsights(null),
    );
    return () => {
      live = false;
    };
  }, [api, store, ids, version]);
}

/**
 * Which cited ids are insights the library has; undefined until they are read (every cited id
 * then counts, so a map does not flash "not backed" while it opens).
 */
export function useKnownInsight(): ((id: string) => boolean) | undefined {
  const cited = useWaymark((s) => s.citedInsights);
  return useMemo(() => (cited ? (id: string) => id in cited : undefined), [cited]);
}

/** The cards cite the insights: one undoable edit. */
export function citeOnCards(store: WaymarkStore, cardIds: readonly string[], insightIds: readonly string[]): boolean {
  if (!cardIds.length || !insightIds.length) return false;
  return store.getState().change((d) => citeInsights(d, cardIds, insightIds));
}
