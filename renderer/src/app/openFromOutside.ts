import type { OpenMapMessage } from '../../../shared/ipc/channels';
import type { Services } from './services';

/**
 * A map file opened from outside (double-click, command line, a second launch) was imported by
 * the main process: show it, or say why the file could not be opened.
 */
export function openFromOutside({ store, autosave, i18n }: Services): () => void {
  const stop = window.waymarkEvents?.onOpenMap?.((message: OpenMapMessage) => {
    const t = i18n.t.bind(i18n);
    if (!message.ok) {
      const why = message.i18n ? t(message.i18n.key, message.i18n.params ?? {}) : message.message;
      store
        .getState()
        .setNotice({ key: 'files.openFailed', params: { path: message.path, message: why }, tone: 'error' });
      return;
    }
    void autosave.flush().finally(() => {
      store.getState().closeMap();
      store.getState().navigate({ screen: 'editor', mapId: message.id });
      store.getState().setNotice({ key: 'files.opened', params: { title: message.title } });
    });
  });
  return () => stop?.();
}
