import { useCallback, useEffect, useState } from 'react';
import type { MapKind, MapSort } from '../../../shared/model/constants';
import type { MapSummary } from '../../../shared/model/types';
import { unwrap } from '../ipc/bridge';
import { useServices } from '../services/ServicesContext';

export interface MapListQuery {
  trash: boolean;
  query: string;
  kind: MapKind | null;
  sort: MapSort;
  /** Only the maps joined by detail links to this one. */
  family: string | null;
}

/** The library list for a query; a newer query's answer always wins over an older one's. */
export function useMapList({ trash, query, kind, sort, family }: MapListQuery) {
  const { api } = useServices();
  const [maps, setMaps] = useState<MapSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    const request = {
      trash,
      sort,
      ...(query.trim() ? { query: query.trim() } : {}),
      ...(kind ? { kind } : {}),
      ...(family && !trash ? { family } : {}),
    };
    unwrap(api.maps.list(request)).then(
      (list) => {
        if (!live) return;
        setMaps(list);
        setError(null);
      },
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [api, trash, query, kind, sort, family, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { maps, error, reload };
}
