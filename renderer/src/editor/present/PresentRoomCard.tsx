import { useTranslation } from 'react-i18next';
import { useWaymark } from '../../services/ServicesContext';
import { VoteTally } from '../room/RoomControls';

/** On the projected screen while a workshop room is open: how to join, and how many have. */
export function PresentRoomCard() {
  const { t } = useTranslation();
  const room = useWaymark((s) => s.room);
  if (!room) return null;
  return (
    <aside className="present-room" aria-label={t('room.host.title')}>
      {room.qr && <img src={room.qr} alt={t('room.host.qr')} width={150} height={150} />}
      <p>{t('room.host.scan')}</p>
      <p className="present-room-link">{room.url}</p>
      <VoteTally limit={3} heading />
      <p role="status">{t('room.host.people', { count: room.people.filter((p) => !p.waiting).length })}</p>
    </aside>
  );
}
