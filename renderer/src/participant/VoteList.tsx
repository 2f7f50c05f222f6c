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
              {cards.map((card) => (
                <VoteItem
                  key={card.id}
                  id={card.id}
                  name={card.text}
                  {...{ map, actions, meId, dots }}
                  look={cardStyleVars(cardStyle(card))}
                >
                  <CardType card={card} map={map} />
                  <p>{card.text}</p>
                </VoteItem>
              ))}
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
          {map.opportunities.map((o) => (
            <VoteItem key={o.id} id={o.id} name={o.title} {...{ map, actions, meId, dots }}>
              <p>
                <strong>{o.title}</strong>
              </p>
              {o.description && <p>{o.description}</p>}
            </VoteItem>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** One thing that takes a dot (a card, or an opportunity): what it says, the room's count, one big button. */
function VoteItem({
  id,
  name,
  map,
  actions,
  meId,
  dots,
  look,
  children,
}: {
  id: string;
  name: string;
  map: JourneyMap;
  actions: RoomActions;
  meId: string | null;
  dots: ReadonlyMap<string, number>;
  look?: React.CSSProperties;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const placed = map.votes.some((v) => v.cardId === id && v.voter === meId);
  const total = dots.get(id) ?? 0;
  return (
    <li className="room-vote-item" style={look}>
      <div className="room-vote-text">
        {children}
        {total > 0 && <span className="room-dot-count">{t('card.dotCount', { count: total })}</span>}
      </div>
      <button
        type="button"
        className={placed ? 'room-vote-button is-placed' : 'room-vote-button'}
        aria-pressed={placed}
        aria-label={t(placed ? 'room.unvote' : 'room.vote', { text: name.slice(0, 40) })}
        onClick={() => (placed ? actions.unvote(id) : actions.vote(id))}
      >
        {t(placed ? 'room.dotTake' : 'room.dotAdd')}
      </button>
    </li>
  );
}
