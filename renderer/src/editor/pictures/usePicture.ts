import { useEffect, useState } from 'react';
import type { WaymarkApi } from '../../../../shared/ipc/api';
import { unwrap } from '../../ipc/bridge';
import { useServices } from '../../services/ServicesContext';

/** Each picture is fetched from the library once per window, however many cards show it. */
const cache = new Map<string, Promise<string | null>>();

function load(api: WaymarkApi, hash: string): Promise<string | null> {
  let found = cache.get(hash);
  if (!found) {
    found = unwrap(api.pictures.get({ hash })).catch(() => null);
    cache.set(hash, found);
  }
  return found;
}

/** A stored picture as a data: URL once it has loaded (only asked for when a card shows it). */
export function usePicture(hash: string | null): string | null {
  const { api } = useServices();
  const [url, setUrl] = useState<{ hash: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!hash) return;
    let live = true;
    void load(api, hash).then((u) => live && setUrl({ hash, url: u }));
    return () => {
      live = false;
    };
  }, [api, hash]);
  return hash && url?.hash === hash ? url.url : null;
}
