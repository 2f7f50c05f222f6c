import QRCode from 'qrcode';
import * as Y from 'yjs';
import { NO_SESSION } from '../../../../shared/collab/roomSession';
import type { WaymarkApi } from '../../../../shared/ipc/api';
import type { WaymarkEvents } from '../../../../shared/ipc/channels';
import { bytesToBase64 } from '../../export/base64';
import { unwrap } from '../../ipc/bridge';
import type { RoomChoice, RoomHost } from '../../services/Services';
import type { WaymarkStore } from '../../store/createWaymarkStore';
import { clearSession, refreshRoom } from './hostSession';
import { startRoomSync } from './roomSync';

export const NEW_ROOM = { qr: null, people: [], session: NO_SESSION, hidden: new Set<string>(), lobby: false } as const;

const NO_EVENTS: Pick<WaymarkEvents, 'onRoomChanged'> = { onRoomChanged: () => () => {} };

/**
 * The workshop room's lifetime, owned by an object rather than a screen: started by "Open
 * workshop room", it keeps the window's map and the room in step whatever the editor's
 * components do (a panel folded, the editor remounted), and ends when the room is closed, when
 * its map is closed or another is opened, or when the app quits (the main process closes it).
 * Ending it keeps a version of the map as the room left it.
 */
export function createHostRoom(
  api: WaymarkApi,
  store: WaymarkStore,
  events: () => Pick<WaymarkEvents, 'onRoomChanged'> | undefined,
  label: (key: 'room.versionOpened' | 'room.versionClosed') => string,
): RoomHost {
  let live: { mapId: string; doc: Y.Doc; stop: () => void } | null = null;

  const close = async (): Promise<void> => {
    const ended = live;
    if (!ended) return;
    live = null;
    ended.stop();
    clearSession(ended.doc);
    if (store.getState().room) store.getState().setRoom(null);
    // Results, not exceptions: a room that is already gone, or a version that cannot be kept,
    // must not leave an unhandled failure behind a closing room.
    await api.room.close({});
    await api.snapshots.create({ mapId: ended.mapId, label: label('room.versionClosed') });
  };

  const attach = (doc: Y.Doc, mapId: string, url: string) => {
    void QRCode.toDataURL(url, { margin: 1, width: 220 }).then((qr) => {
      const now = store.getState().room;
      if (now?.url === url) store.getState().setRoom({ ...now, qr });
    });
    const stopSync = startRoomSync(
      api,
      events() ?? NO_EVENTS,
      doc,
      (people) => refreshRoom(store, doc, people),
      // The room's thread stopped: said in words; a room that could not come back is over.
      (notice, open) => {
        store.getState().setNotice(open ? notice : { ...notice, tone: 'error' });
        if (!open) void close();
      },
    );
    const follow = () => refreshRoom(store, doc);
    doc.on('update', follow);
    // The room belongs to its map: leaving the map (or the panel's Close, which clears the
    // room's state) ends it. Nothing else does.
    const stopWatching = store.subscribe((s) => {
      if (s.doc?.id !== mapId || s.room === null) void close();
    });
    live = {
      mapId,
      doc,
      stop: () => {
        stopWatching();
        doc.off('update', follow);
        stopSync();
      },
    };
  };

  return {
    open: async ({ network, address }: RoomChoice) => {
      const doc = store.binding.document();
      const mapId = store.getState().doc?.id;
      if (!doc || !mapId) return;
      await close();
      await unwrap(api.snapshots.create({ mapId, label: label('room.versionOpened') }));
      const state = bytesToBase64(Y.encodeStateAsUpdate(doc));
      const { url, resumed } = await unwrap(api.room.open({ mapId, network, state, ...(address ? { address } : {}) }));
      store.getState().setRoom({ ...NEW_ROOM, url, resumed });
      attach(doc, mapId, url);
    },
    close,
    isOpen: () => live !== null,
  };
}
