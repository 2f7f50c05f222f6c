import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomMember } from '../../../shared/collab/roomPresence';
import type { RoomSession } from '../../../shared/collab/roomSession';
import { CARD_TYPE_LABELS } from '../../../shared/templates/labels';
import { useUiLanguage } from '../i18n/uiLanguage';

const mmss = (ms: number) => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** The facilitator's timer as the projector shows it, on the host's clock (corrected by `offset`). */
export function RoomTimer({ timer, offset }: { timer: RoomSession['timer']; offset: number }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer?.endsAt) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer?.endsAt]);
  if (!timer) return null;
  const left = timer.endsAt === null ? timer.leftMs : Math.max(0, timer.endsAt - (now + offset));
  return (
    <p className={`room-timer ${left === 0 ? 'is-up' : ''}`}>
      {t('room.timer')}{' '}
      <span role="timer" aria-live="off">
        {mmss(left)}
      </span>
    </p>
  );
}

/** Who else is in the room, each in their colour; this person first. */
export function RoomPeopleStrip({ people, meId }: { people: readonly RoomMember[]; meId: string | null }) {
  const { t } = useTranslation();
  const named = people.filter((p) => p.name);
  const sorted = [...named].sort((a, b) => Number(b.id === meId) - Number(a.id === meId));
  return (
    <ul className="room-people-strip" aria-label={t('room.here')}>
      {sorted.map((p) => (
        <li key={p.id} style={{ borderColor: p.colour }} className={p.editing ? 'is-typing' : ''}>
          {p.id === meId ? t('room.you') : p.name}
        </li>
      ))}
    </ul>
  );
}

/** What the facilitator has set that changes what this person can do now. */
export function SessionNotes({ session }: { session: RoomSession }) {
  const { t } = useTranslation();
  return (
    <>
      {session.silent && <p className="room-note">{t('room.silentNote')}</p>}
      {session.locked && <p className="room-note">{t('room.lockedNote')}</p>}
    </>
  );
}

/** "2 of 3 dots left for Pain point": an open vote, in the sticky bar. */
export function VoteNote({ session, dotsUsed }: { session: RoomSession; dotsUsed: number }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  if (!session.vote) return null;
  // A vote on the backlog names it as the phone lists it.
  const types = session.vote.opportunities
    ? t('room.opportunities')
    : session.vote.types.map((type) => CARD_TYPE_LABELS[type][lang]).join(', ');
  return (
    <p className="room-note is-vote" role="status">
      {t(types ? 'room.voteNoteFor' : 'room.voteNote', {
        count: session.vote.dots,
        left: Math.max(0, session.vote.dots - dotsUsed),
        types,
      })}
    </p>
  );
}
