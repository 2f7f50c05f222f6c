import { useCallback, useEffect, useState } from 'react';
import type { MapSummary } from '../../../shared/model/types';
import { unwrap } from '../app/bridge';
import { useServices } from '../app/ServicesContext';

export function useMapList(trash: boolean) {
  const { api } = useServices();
  const [maps, setMaps] = useState<MapSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    unwrap(api.maps.list({ trash })).then(
      (list) => {
        if (!live) return;
        setMaps(list);
        setError(null);
      },
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
  }, [api, trash, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { maps, error, reload };
}
