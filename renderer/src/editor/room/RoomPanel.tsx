import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n/errorText';
import { unwrap } from '../../ipc/bridge';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { RoomControls } from './RoomControls';
import { RoomPeople } from './RoomPeople';

/** Where the room listens, and opening it (a version of the map is kept as the room opens). */
function OpenRoom({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { api, room } = useServices();
  const [network, setNetwork] = useState<'lan' | 'loopback'>('lan');
  const [error, setError] = useState<string | null>(null);
  const [networks, setNetworks] = useState<{ name: string; address: string }[] | null>(null);
  const [address, setAddress] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void unwrap(api.room.networks({})).then((list) => {
      if (!live) return;
      setNetworks(list);
      setAddress(list[0]?.address);
      if (!list.length) setNetwork('loopback');
    });
    return () => {
      live = false;
    };
  }, [api]);
  const noLan = networks !== null && networks.length === 0;
  const open = async () => {
    try {
      await room.open({ network, address: network === 'lan' ? address : undefined });
    } catch (err) {
      setError(errorText(t, err));
    }
  };
  return (
    <>
      <fieldset className="option-group">
        <legend>{t('room.host.network')}</legend>
        <label>
          <input type="radio" checked={network === 'lan'} disabled={noLan} onChange={() => setNetwork('lan')} />{' '}
          {t('room.host.lan')}
        </label>
        {network === 'lan' && networks && networks.length > 1 && (
          <label className="room-network">
            {t('room.host.whichNetwork')}
            <select value={address} onChange={(e) => setAddress(e.target.value)}>
              {networks.map((n) => (
                <option key={n.address} value={n.address}>
                  {`${n.name} · ${n.address}`}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <input type="radio" checked={network === 'loopback'} onChange={() => setNetwork('loopback')} />{' '}
          {t('room.host.loopback')}
        </label>
      </fieldset>
      {noLan && <p className="hint">{t('room.noNetwork')}</p>}
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
  );
}

/**
 * The workshop room, from the host's side: choose where it listens and open it; then the link
 * and its QR code, who is in, and the host's controls. Hiding the panel keeps the room open;
 * Close room ends it.
 */
export function RoomPanel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const room = useWaymark((s) => s.room);
  return (
    <aside className="room-panel" aria-label={t('room.host.title')}>
      <header className="room-panel-head">
        <h2>{t('room.host.title')}</h2>
        {/* Always in reach at the top, whatever the panel's length. */}
        {room && (
          <button
            type="button"
            className="danger"
            onClick={() => {
              void services.room.close();
              onDone();
            }}
          >
            {t('room.host.close')}
          </button>
        )}
        {room && (
          <button type="button" className="icon" aria-label={t('room.host.hide')} onClick={onDone}>
            ×
          </button>
        )}
      </header>
      {!room ? (
        <OpenRoom onDone={onDone} />
      ) : (
        <>
          {room.resumed && <p className="hint">{t('room.host.resumed')}</p>}
          {room.qr && <img className="room-qr" src={room.qr} alt={t('room.host.qr')} width={168} height={168} />}
          <p className="room-link">
            <a href={room.url} target="_blank" rel="noreferrer">
              {room.url}
            </a>
          </p>
          <p role="status">{t('room.host.people', { count: room.people.filter((p) => !p.waiting).length })}</p>
          <RoomPeople />
          <RoomControls />
        </>
      )}
    </aside>
  );
}
