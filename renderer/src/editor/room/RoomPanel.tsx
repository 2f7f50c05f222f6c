import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import type { RoomInfo } from '../../../../shared/ipc/contract';
import { bytesToBase64 } from '../../export/base64';
import { errorText } from '../../i18n/errorText';
import { unwrap } from '../../ipc/bridge';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { startRoomSync } from './roomSync';

/**
 * The workshop room, from the host's side: choose where it listens, open it, show the link
 * and its QR code and how many people are in, close it. Leaving the map closes the room.
 */
export function RoomPanel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { api, store } = useServices();
  const [network, setNetwork] = useState<'lan' | 'loopback'>('lan');
  const [room, setRoom] = useState<RoomInfo | null>(null);
  // The link, QR code and head count live in the store, where present mode reads them too.
  const shown = useWaymark((s) => s.room);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!room) return;
    const doc = store.binding.document();
    if (!doc) return;
    store.getState().setRoom({ url: room.url, qr: null, people: 0 });
    void QRCode.toDataURL(room.url, { margin: 1, width: 220 }).then((qr) => {
      const now = store.getState().room;
      if (now?.url === room.url) store.getState().setRoom({ ...now, qr });
    });
    const stop = startRoomSync(api, doc, (people) => {
      const now = store.getState().room;
      if (now && now.people !== people) store.getState().setRoom({ ...now, people });
    });
    return () => {
      stop();
      store.getState().setRoom(null);
      void api.room.close({});
    };
  }, [api, room, store]);

  const open = async () => {
    const doc = store.binding.document();
    if (!doc) return;
    try {
      setRoom(await unwrap(api.room.open({ network, state: bytesToBase64(Y.encodeStateAsUpdate(doc)) })));
      setError(null);
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  return (
    <aside className="room-panel" aria-label={t('room.host.title')}>
      <h2>{t('room.host.title')}</h2>
      {!room ? (
        <>
          <fieldset className="option-group">
            <legend>{t('room.host.network')}</legend>
            <label>
              <input type="radio" checked={network === 'lan'} onChange={() => setNetwork('lan')} /> {t('room.host.lan')}
            </label>
            <label>
              <input type="radio" checked={network === 'loopback'} onChange={() => setNetwork('loopback')} />{' '}
              {t('room.host.loopback')}
            </label>
          </fieldset>
          <p className="hint">{t('room.host.plainHttp')}</p>
          {error && <p role="alert">{error}</p>}
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => void open()}>
              {t('room.host.open')}
            </button>
            <button type="button" onClick={onDone}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          {shown?.qr && <img className="room-qr" src={shown.qr} alt={t('room.host.qr')} width={220} height={220} />}
          <p className="room-link">
            <a href={room.url} target="_blank" rel="noreferrer">
              {room.url}
            </a>
          </p>
          <p role="status">{t('room.host.people', { count: shown?.people ?? 0 })}</p>
          <div className="dialog-actions">
            <button type="button" className="danger" onClick={onDone}>
              {t('room.host.close')}
            </button>
          </div>
        </>
      )}
    </aside>
  );
}
