import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../shared/model/types';
import { TYPE_STYLE } from '../../../shared/render/palette';
import { CARD_TYPE_LABELS } from '../../../shared/templates/labels';

export interface CardActions {
  add: (laneId: string, stageId: string, text: string) => void;
  change: (id: string, text: string) => void;
  remove: (id: string) => void;
  mine: (id: string) => boolean;
}

/** Writing a card: a text box with Add and Cancel (or Save when changing one). */
function CardForm(props: { initial: string; label: string; submit: string; onDone: (text: string | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.initial);
  return (
    <form
      className="room-card-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) props.onDone(text.trim());
      }}
    >
      <textarea
        aria-label={props.label}
        value={text}
        rows={3}
        maxLength={2000}
        autoFocus
        onChange={(e) => setText(e.target.value)}
      />
      <div className="room-card-actions">
        <button type="submit" className="primary" disabled={!text.trim()}>
          {props.submit}
        </button>
        <button type="button" onClick={() => props.onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One stage: each card lane with its cards, and a way to add one. */
export function StageColumn(props: { map: JourneyMap; stageId: string; current: boolean; actions: CardActions }) {
  const { t } = useTranslation();
  const { map, stageId, actions } = props;
  const [adding, setAdding] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const stage = map.stages.find((s) => s.id === stageId)!;
  const lanes = map.lanes.filter((l) => l.type === 'cards' && !l.hidden);
  return (
    <section className={`room-stage ${props.current ? 'is-current' : ''}`} aria-label={stage.name}>
      <h2>{stage.name}</h2>
      {lanes.map((lane) => {
        const cards = map.cards
          .filter((c) => c.laneId === lane.id && c.stageId === stageId)
          .sort((a, b) => a.order - b.order);
        return (
          <section key={lane.id} className="room-lane" aria-label={lane.name}>
            <h3>{lane.name}</h3>
            <ul>
              {cards.map((card) => (
                <li
                  key={card.id}
                  className={`room-card ${actions.mine(card.id) ? 'is-mine' : ''}`}
                  // The type's colours from the one palette (set through the CSSOM, which the CSP allows).
                  style={{ borderLeftColor: TYPE_STYLE[card.type].bar, background: TYPE_STYLE[card.type].tint }}
                >
                  {editing === card.id ? (
                    <CardForm
                      initial={card.text}
                      label={t('room.cardText')}
                      submit={t('room.save')}
                      onDone={(text) => {
                        setEditing(null);
                        if (text !== null) actions.change(card.id, text);
                      }}
                    />
                  ) : (
                    <>
                      <span className="room-card-type">{CARD_TYPE_LABELS[card.type][map.language]}</span>
                      <p>{card.text}</p>
                      {actions.mine(card.id) && (
                        <div className="room-card-actions">
                          <span className="room-mine">{t('room.yours')}</span>
                          <button type="button" onClick={() => setEditing(card.id)}>
                            {t('room.edit')}
                          </button>
                          <button type="button" onClick={() => actions.remove(card.id)}>
                            {t('room.delete')}
                          </button>
                        </div>
                      )}
                    </>
                  )}
                </li>
              ))}
            </ul>
            {adding === lane.id ? (
              <CardForm
                initial=""
                label={t('room.newCard', { lane: lane.name })}
                submit={t('room.add')}
                onDone={(text) => {
                  setAdding(null);
                  if (text !== null) actions.add(lane.id, stageId, text);
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
