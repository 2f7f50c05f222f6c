import { useEffect, useState } from 'react';
import type { InsightSource } from '../../../../shared/model/constants';
import type { InsightPage } from '../../../../shared/ipc/contract';
import { unwrap } from '../../ipc/bridge';
import { useServices, useWaymark } from '../../services/ServicesContext';

/** A page of the library's insights for a search, read again whenever the library changed. */
export function useInsightPage(query: string, source: InsightSource | null, limit: number) {
  const { api } = useServices();
  const version = useWaymark((s) => s.insightsVersion);
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

