import QRCode from 'qrcode';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_SESSION } from '../../../../shared/collab/roomSession';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { clearSession, refreshRoom } from './hostSession';
import { startRoomSync } from './roomSync';

/**
 * Keeps the open workshop room alive beside the editor (whether its panel is shown or not):
 * syncs the window's map with the room, follows who is in, and closes the room — keeping a
 * version of the map as the room left it — when the map is left or the room is closed.
 */
export function useHostRoom(): void {
  const { api, store } = useServices();
  const { t } = useTranslation();
  const url = useWaymark((s) => s.room?.url ?? null);

  useEffect(() => {
    const doc = store.binding.document();
    const mapId = store.getState().doc?.id;
    if (!url || !doc || !mapId) return;
    void QRCode.toDataURL(url, { margin: 1, width: 220 }).then((qr) => {
      const now = store.getState().room;
      if (now?.url === url) store.getState().setRoom({ ...now, qr });
    });
    const stop = startRoomSync(api, doc, (people, open) => {
      if (open) refreshRoom(store, doc, people);
    });
    const follow = () => refreshRoom(store, doc);
    doc.on('update', follow);
    return () => {
      doc.off('update', follow);
      stop();
      clearSession(doc);
      void api.room.close({}).then(() => api.snapshots.create({ mapId, label: t('room.versionClosed') }));
    };
    // The room's lifetime follows its link only; a language switch must not close it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, store, url]);
}

export const NEW_ROOM = { qr: null, people: [], session: NO_SESSION, hidden: new Set<string>(), lobby: false } as const;
