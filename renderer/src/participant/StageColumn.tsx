import { ROOM_LIMITS } from '../../../shared/model/limits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardForm } from './CardForm';
import type { RoomActions } from './roomActions';
import { RoomCard } from './RoomCard';
import type { RoomView } from './useRoomView';

/**
 * One stage: each card lane with its cards, and a way to add one. During silent brainstorm
 * other people's new cards stay out of sight until the host reveals them.
 */
export function StageColumn(props: {
  view: RoomView & { map: NonNullable<RoomView['map']> };
  stageId: string;
  current: boolean;
  actions: RoomActions;
  meId: string | null;
  onTyping: (typing: boolean) => void;
  /** This person is working in the stage (focus or touch inside it). */
  onLook: () => void;
}) {
  const { t } = useTranslation();
  const { view, stageId, actions } = props;
  const { map } = view;
  const [adding, setAdding] = useState<string | null>(null);
  const [step, setStep] = useState('');
  const stage = map.stages.find((s) => s.id === stageId)!;
  const lanes = map.lanes.filter((l) => l.type === 'cards' && !l.hidden);
  const visible = (id: string) => !view.hidden.has(id) || actions.mine(id);
  return (
    <section
      className={`room-stage ${props.current ? 'is-current' : ''}`}
      aria-label={stage.name}
      onFocus={props.onLook}
      onPointerDown={props.onLook}
    >
      <h2>{stage.name}</h2>
      {lanes.map((lane) => {
        const cards = map.cards
          .filter((c) => c.laneId === lane.id && c.stageId === stageId && visible(c.id))
          .sort((a, b) => a.order - b.order);
        return (
          <section key={lane.id} className="room-lane" aria-label={lane.name}>
            <h3>{lane.name}</h3>
            <ul>
              {cards.map((card) => (
                <RoomCard
                  key={card.id}
                  card={card}
                  map={map}
                  view={view}
                  actions={actions}
                  meId={props.meId}
                  onTyping={props.onTyping}
                />
              ))}
            </ul>
            {adding === lane.id && stage.steps.length > 0 && (
              <label className="room-step">
                {t('room.intoStep')}
                <select value={step} onChange={(e) => setStep(e.target.value)}>
                  <option value="">{t('grid.wholeStage')}</option>
                  {stage.steps.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {adding === lane.id ? (
              <CardForm
                initial=""
                label={t('room.newCard', { lane: lane.name })}
                submit={t('room.add')}
                maxLength={ROOM_LIMITS.participantCardChars}
                onTyping={props.onTyping}
                onDone={(text) => {
                  setAdding(null);
                  if (text !== null) actions.add(lane.id, stageId, text, step || null);
                }}
              />
            ) : (
              <button type="button" className="room-add" onClick={() => setAdding(lane.id)}>
                {t('room.addTo', { lane: lane.name })}
              </button>
            )}
          </section>
        );
      })}
    </section>
  );
}
