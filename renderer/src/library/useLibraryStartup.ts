import { useEffect, useRef } from 'react';
import { unwrap } from '../ipc/bridge';
import { useServices } from '../services/ServicesContext';
import type { DialogRequest } from '../store/types';

/**
 * What the library says when it opens: a damaged file moved aside or saves lost with a deleted
 * write-ahead log (errors that stay until dismissed), and whether the library is read-only.
 */
export function useLibraryStartup(): void {
  const { api, store } = useServices();
  useEffect(() => {
    void unwrap(api.library.info({})).then((info) => {
      if (info.movedAside)
        store.getState().setNotice({ key: 'library.damaged', params: { path: info.movedAside }, tone: 'error' });
      store.getState().setReadOnly(info.readOnly);
      if (info.walLost)
        store.getState().setNotice({
          key: 'library.walLost',
          params: { count: info.walLost.lost, at: new Date(info.walLost.lastSavedAt).toLocaleString() },
          tone: 'error',
        });
    });
  }, [api, store]);
}

/** New map… and Import… from the native menu, asked before this screen showed or while it shows. */
export function useDialogRequests(onNew: () => void, onImport: () => void): void {
  const { store } = useServices();
  const latest = useRef({ onNew, onImport });
  useEffect(() => {
    latest.current = { onNew, onImport };
  });
  useEffect(() => {
    const handle = (request: DialogRequest | null) => {
      if (request?.kind !== 'newMap' && request?.kind !== 'import') return;
      store.getState().closeDialog();
      if (request.kind === 'newMap') latest.current.onNew();
      else latest.current.onImport();
    };
    const pending = setTimeout(() => handle(store.getState().dialog), 0);
    const stop = store.subscribe((state, previous) => {
      if (state.dialog !== previous.dialog) handle(state.dialog);
    });
    return () => {
      clearTimeout(pending);
      stop();
    };
  }, [store]);
}
