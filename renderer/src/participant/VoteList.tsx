import { useTranslation } from 'react-i18next';
import { dotsByCard } from '../../../shared/model/ops/feedback';
import type { JourneyMap } from '../../../shared/model/types';
import { cardStyle, cardStyleVars } from '../../../shared/render/cardStyle';
import { CardType } from './RoomCard';
import type { RoomActions } from './roomActions';
import type { RoomView } from './useRoomView';

/**
 * Voting by thumb: every card that can take a dot, stage by stage, each with one large button
 * to place a dot or take it back, and the room's count beside it.
 */
export function VoteList({
  map,
  view,
  actions,
  meId,
}: {
  map: JourneyMap;
  view: RoomView;
  actions: RoomActions;
  meId: string | null;
}) {
  const { t } = useTranslation();
  const vote = view.session.vote;
  if (!vote) return null;
  const dots = dotsByCard(map.votes);
  if (vote.opportunities) return <OpportunityVotes map={map} actions={actions} meId={meId} dots={dots} />;
  const visible = (id: string) => !view.hidden.has(id) || actions.mine(id);
  const lanes = new Set(map.lanes.filter((l) => l.type === 'cards' && !l.hidden).map((l) => l.id));
  return (
    <div className="room-vote-list">
      {map.stages.map((stage) => {
        const cards = map.cards
          .filter((c) => c.stageId === stage.id && lanes.has(c.laneId) && vote.types.includes(c.type) && visible(c.id))
          .sort((a, b) => a.order - b.order);
        if (!cards.length) return null;
        return (
          <section key={stage.id} aria-label={stage.name}>
            <h2>{stage.name}</h2>
            <ul>
              {cards.map((card) => {
                const placed = map.votes.some((v) => v.cardId === card.id && v.voter === meId);
                const total = dots.get(card.id) ?? 0;
                return (
                  <li key={card.id} className="room-vote-item" style={cardStyleVars(cardStyle(card))}>
                    <div className="room-vote-text">
                      <CardType card={card} map={map} />
                      <p>{card.text}</p>
                      {total > 0 && <span className="room-dot-count">{t('card.dotCount', { count: total })}</span>}
                    </div>
                    <button
                      type="button"
                      className={placed ? 'room-vote-button is-placed' : 'room-vote-button'}
                      aria-pressed={placed}
                      aria-label={t(placed ? 'room.unvote' : 'room.vote', { text: card.text.slice(0, 40) })}
                      onClick={() => (placed ? actions.unvote(card.id) : actions.vote(card.id))}
                    >
                      {t(placed ? 'room.dotTake' : 'room.dotAdd')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** A vote on the backlog: each opportunity (its title and what it is), a dot placed or taken back. */
function OpportunityVotes({
  map,
  actions,
  meId,
  dots,
}: {
  map: JourneyMap;
  actions: RoomActions;
  meId: string | null;
  dots: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation();
  return (
    <div className="room-vote-list">
      <section aria-label={t('room.opportunities')}>
        <h2>{t('room.opportunities')}</h2>
        <ul>
          {map.opportunities.map((o) => {
            const placed = map.votes.some((v) => v.cardId === o.id && v.voter === meId);
            const total = dots.get(o.id) ?? 0;
            return (
              <li key={o.id} className="room-vote-item">
                <div className="room-vote-text">
                  <p>
                    <strong>{o.title}</strong>
                  </p>
                  {o.description && <p>{o.description}</p>}
                  {total > 0 && <span className="room-dot-count">{t('card.dotCount', { count: total })}</span>}
                </div>
                <button
                  type="button"
                  className={placed ? 'room-vote-button is-placed' : 'room-vote-button'}
                  aria-pressed={placed}
                  aria-label={t(placed ? 'room.unvote' : 'room.vote', { text: o.title.slice(0, 40) })}
                  onClick={() => (placed ? actions.unvote(o.id) : actions.vote(o.id))}
                >
                  {t(placed ? 'room.dotTake' : 'room.dotAdd')}
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
