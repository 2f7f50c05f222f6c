import { useEffect, useState } from 'react';
import type { InsightSource } from '../../../../shared/model/constants';
import type { InsightPage } from '../../../../shared/ipc/contract';
import { unwrap } from '../../ipc/bridge';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { citedKey } from './citedInsights';

/**
 * Moves on when a save of the open map changed which insights its cards cite: the library's
 * counts of citing cards come from saved maps, so they are read again once the save landed.
 */
function useSavedCitations(): number {
  const { store } = useServices();
  // Only the saved revision is watched; what the cards cite is read when it moves (never per keystroke).
  const revision = useWaymark((s) => s.revision);
  const cited = () => {
    const doc = store.getState().doc;
    return doc ? citedKey(doc.cards) : '';
  };
  const [seen, setSeen] = useState(() => ({ cited: cited(), revision, count: 0 }));
  if (revision !== seen.revision) {
    const now = cited();
    setSeen({ cited: now, revision, count: seen.count + (now === seen.cited ? 0 : 1) });
  }
  return seen.count;
}

/** A page of the library's insights for a search, read again whenever the library changed. */
export function useInsightPage(query: string, source: InsightSource | null, limit: number) {
  const { api } = useServices();
  const version = useWaymark((s) => s.insightsVersion) + useSavedCitations();
  const [page, setPage] = useState<InsightPage | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    unwrap(api.insights.list({ query, source, limit, offset: 0 })).then(
      (p) => live && (setPage(p), setError(null)),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [api, query, source, limit, version]);
  return { page, error };
}
