import { personaLegend } from '../../../shared/templates/personaLegend';
import { PERSONA_STYLE } from '../../../shared/render/palette';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dotsByCard } from '../../../shared/model/ops/feedback';
import { LIMITS, ROOM_LIMITS } from '../../../shared/model/limits';
import type { Card, JourneyMap } from '../../../shared/model/types';
import { CARD_ICONS, cardStyle, cardStyleVars } from '../../../shared/render/cardStyle';
import { CARD_TYPE_LABELS } from '../../../shared/templates/labels';
import { CardForm } from './CardForm';
import type { RoomActions } from './roomActions';
import type { RoomView } from './useRoomView';

export interface CardProps {
  card: Card;
  map: JourneyMap;
  view: RoomView;
  actions: RoomActions;
  meId: string | null;
  onTyping: (typing: boolean) => void;
}

/** A card's comments, opened under it: anyone adds one; each person removes their own. */
function Comments({ card, map, actions, onTyping }: CardProps) {
  const { t } = useTranslation();
  const [writing, setWriting] = useState(false);
  const list = map.comments.filter((c) => c.cardId === card.id);
  return (
    <section className="room-comments" aria-label={t('room.commentsOn', { text: card.text.slice(0, 40) })}>
      <ul>
        {list.map((c) => (
          <li key={c.id}>
            <strong>{c.author}</strong> {c.text}
            {actions.mine(c.id) && (
              <button type="button" className="link" onClick={() => actions.removeComment(c.id)}>
                {t('room.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {writing ? (
        <CardForm
          initial=""
          label={t('room.addComment')}
          submit={t('room.send')}
          maxLength={LIMITS.commentChars}
          rows={2}
          onTyping={onTyping}
          onDone={(text) => {
            setWriting(false);
            if (text !== null) actions.comment(card.id, text);
          }}
        />
      ) : (
        <button type="button" className="room-add" onClick={() => setWriting(true)}>
          {t('room.addComment')}
        </button>
      )}
    </section>
  );
}

/** The dots on a card, and placing or taking back one's own while a vote is open on its type. */
function Dots({ card, map, view, actions, meId }: CardProps) {
  const { t } = useTranslation();
  const total = dotsByCard(map.votes).get(card.id) ?? 0;
  const placed = map.votes.some((v) => v.cardId === card.id && v.voter === meId);
  const open = view.session.vote?.types.includes(card.type) === true;
  if (!open && total === 0) return null;
  return (
    <span className="room-dots">
      {total > 0 && <span className="room-dot-count">{t('card.dotCount', { count: total })}</span>}
      {open && !placed && (
        <button
          type="button"
          onClick={() => actions.vote(card.id)}
          aria-label={t('room.vote', { text: card.text.slice(0, 40) })}
        >
          {t('room.dotAdd')}
        </button>
      )}
      {open && placed && (
        <button
          type="button"
          onClick={() => actions.unvote(card.id)}
          aria-label={t('room.unvote', { text: card.text.slice(0, 40) })}
        >
          {t('room.dotTake')}
        </button>
      )}
    </span>
  );
}

/** A card's type as its head: the type's icon and name in the map's language. */
export function CardType({ card, map }: { card: Card; map: JourneyMap }) {
  return (
    <span className="room-card-type">
      <span className="room-card-icon" aria-hidden="true">
        {CARD_ICONS[card.type]}{' '}
      </span>
      {CARD_TYPE_LABELS[card.type][map.language]}
    </span>
  );
}

/**
 * On a map comparing personas, the ones a card concerns (when not all of them), and the step of
 * its stage it belongs to: what the room sees on the projected map, said in words.
 */
function CardPlace({ card, map }: { card: Card; map: JourneyMap }) {
  const step = map.stages.find((s) => s.id === card.stageId)?.steps.find((t) => t.id === card.stepId);
  const named = card.personas.length ? personaLegend(map).filter((p) => card.personas.includes(p.id)) : [];
  if (!step && !named.length) return null;
  return (
    <p className="room-card-place">
      {step && <span className="room-card-step">{step.name}</span>}
      {named.map((p) => (
        <span key={p.id} className="room-card-persona" style={{ borderColor: PERSONA_STYLE[p.colour].ink }}>
          {p.name}
        </span>
      ))}
    </p>
  );
}

/** One card on a phone: its type and text, dots, comments, and Edit/Delete for its author. */
export function RoomCard(props: CardProps) {
  const { t } = useTranslation();
  const { card, map, actions, onTyping } = props;
  const [editing, setEditing] = useState(false);
  const [talking, setTalking] = useState(false);
  const comments = map.comments.filter((c) => c.cardId === card.id).length;
  return (
    <li
      className={`room-card ${actions.mine(card.id) ? 'is-mine' : ''}`}
      // The card's look, declared once (set through the CSSOM, which the page's CSP allows).
      style={cardStyleVars(cardStyle(card))}
    >
      {editing ? (
        <CardForm
          initial={card.text}
          label={t('room.cardText')}
          submit={t('room.save')}
          maxLength={ROOM_LIMITS.participantCardChars}
          onTyping={onTyping}
          onDone={(text) => {
            setEditing(false);
            if (text !== null) actions.change(card.id, text);
          }}
        />
      ) : (
        <>
          <CardType card={card} map={map} />
          <p>{card.text}</p>
          <CardPlace card={card} map={map} />
          <div className="room-card-actions">
            {actions.mine(card.id) && <span className="room-mine">{t('room.yours')}</span>}
            <Dots {...props} />
            <button type="button" className="room-talk" aria-expanded={talking} onClick={() => setTalking(!talking)}>
              {comments ? t('room.comments', { count: comments }) : t('room.comment')}
            </button>
            {actions.canEdit(card.id) && (
              <>
                <button type="button" onClick={() => setEditing(true)}>
                  {t('room.edit')}
                </button>
                <button type="button" onClick={() => actions.remove(card.id)}>
                  {t('room.delete')}
                </button>
              </>
            )}
          </div>
        </>
      )}
      {talking && <Comments {...props} />}
    </li>
  );
}
