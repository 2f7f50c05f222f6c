import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { ROOM_LIMITS } from '../../../../shared/model/limits';
import { CARD_TYPES, type CardType } from '../../../../shared/model/constants';
import { clearVotes, voteTally } from '../../../../shared/model/operations';
import { CARD_TYPE_LABELS } from '../../../../shared/templates/labels';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { reveal, setLobby, setSession } from './hostSession';

/** The types a dot vote starts on: the pains are what a room usually ranks. */
const FIRST_VOTE_TYPES: readonly CardType[] = ['pain-point'];

/** The host's controls over the room: lock the structure, silent brainstorm, dot voting. */
export function RoomControls() {
  const { t, i18n } = useTranslation();
  const { api, store } = useServices();
  const session = useWaymark((s) => s.room?.session);
  const hidden = useWaymark((s) => s.room?.hidden.size ?? 0);
  const anyDots = useWaymark((s) => (s.doc?.votes.length ?? 0) > 0);
  const lobby = useWaymark((s) => s.room?.lobby === true);
  // Only the kinds of card this map has (its cards and its lanes' own kinds), in palette order.
  const used = useWaymark(
    useShallow((s) => [
      ...new Set([
        ...(s.doc?.cards ?? []).map((c) => c.type),
        ...(s.doc?.lanes ?? []).flatMap((l) => l.cardType ?? []),
      ]),
    ]),
  );
  const votable = CARD_TYPES.filter((type) => used.includes(type));
  const [dots, setDots] = useState(3);
  const [types, setTypes] = useState<readonly CardType[]>(FIRST_VOTE_TYPES);
  // The room may rank the backlog's opportunities instead of cards, when the map has some.
  const opportunityCount = useWaymark((s) => s.doc?.opportunities.length ?? 0);
  const [onOpportunities, setOnOpportunities] = useState(false);
  const byOpportunities = onOpportunities && opportunityCount > 0;
  const lang = i18n.language === 'vi' ? 'vi' : 'en';
  if (!session) return null;
  const toggleType = (type: CardType) =>
    setTypes((now) => (now.includes(type) ? now.filter((x) => x !== type) : [...now, type]));
  return (
    <section className="room-controls" aria-label={t('room.host.controls')}>
      <RoomSwitch checked={lobby} label={t('room.host.lobby')} onChange={(on) => setLobby(api, store, on)} />
      <RoomSwitch
        checked={session.locked}
        label={t('room.host.lock')}
        onChange={(locked) => setSession(store, { locked })}
      />
      <RoomSwitch
        checked={session.silent}
        label={t('room.host.silent')}
        onChange={(silent) => setSession(store, { silent })}
      />
      {(session.silent || hidden > 0) && (
        <button type="button" className="primary" onClick={() => reveal(store)}>
          {t('room.host.reveal', { count: hidden })}
        </button>
      )}
      <fieldset className="room-vote">
        <legend>{t('room.host.vote')}</legend>
        {session.vote ? (
          <>
            <p role="status">
              {session.vote.opportunities
                ? t('room.host.voteOpenOnOpportunities', { count: session.vote.dots })
                : t('room.host.voteOpenOn', { count: session.vote.dots })}
            </p>
            <button type="button" onClick={() => setSession(store, { vote: null })}>
              {t('room.host.voteClose')}
            </button>
          </>
        ) : (
          <>
            <label>
              {t('room.host.dots')}
              <input
                type="number"
                min={1}
                max={ROOM_LIMITS.dotsPerPerson}
                value={dots}
                onChange={(e) =>
                  setDots(Math.max(1, Math.min(ROOM_LIMITS.dotsPerPerson, Math.round(Number(e.target.value) || 1))))
                }
              />
            </label>
            {opportunityCount > 0 && (
              <label>
                <input
                  type="checkbox"
                  checked={onOpportunities}
                  onChange={(e) => setOnOpportunities(e.target.checked)}
                />
                {t('room.host.voteOnOpportunities', { count: opportunityCount })}
              </label>
            )}
            {!byOpportunities && (
              <div className="room-vote-types" role="group" aria-label={t('room.host.voteTypes')}>
                {votable.map((type) => (
                  <label key={type}>
                    <input type="checkbox" checked={types.includes(type)} onChange={() => toggleType(type)} />
                    {CARD_TYPE_LABELS[type][lang]}
                  </label>
                ))}
              </div>
            )}
            <button
              type="button"
              className="primary"
              disabled={!byOpportunities && types.length === 0}
              onClick={() =>
                setSession(store, {
                  vote: { dots, types: byOpportunities ? [] : [...types], opportunities: byOpportunities },
                })
              }
            >
              {t('room.host.voteOpen')}
            </button>
          </>
        )}
        <VoteTally />
        <button type="button" onClick={() => store.getState().change((d) => clearVotes(d))} disabled={!anyDots}>
          {t('room.host.clearDots')}
        </button>
      </fieldset>
    </section>
  );
}

/** One of the host's on/off settings for the room. */
function RoomSwitch(props: { checked: boolean; label: string; onChange: (on: boolean) => void }) {
  return (
    <label className="room-switch">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      {props.label}
    </label>
  );
}

/** The ranked tally: the cards with the most dots first. */
export function VoteTally({ limit = 5, heading = false }: { limit?: number; heading?: boolean }) {
  const { t } = useTranslation();
  const doc = useWaymark((s) => s.doc);
  if (!doc?.votes.length) return null;
  return (
    <>
      {heading && <h3 className="vote-tally-title">{t('room.host.tally')}</h3>}
      <ol className="vote-tally" aria-label={t('room.host.tally')}>
        {voteTally(doc)
          .slice(0, limit)
          .map(({ cardId, dots, text }) => (
            <li key={cardId}>
              <span className="vote-dots">{t('card.dotCount', { count: dots })}</span> {text}
            </li>
          ))}
      </ol>
    </>
  );
}
