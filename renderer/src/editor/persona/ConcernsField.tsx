import { useTranslation } from 'react-i18next';
import { concerns, setCardPersonas } from '../../../../shared/model/operations';
import type { Card } from '../../../../shared/model/types';
import { PERSONA_STYLE } from '../../../../shared/render/palette';
import { useServices } from '../../services/ServicesContext';
import { useLegend } from './comparedPersonas';

/**
 * Which of the map's personas the selected cards concern (all of them until someone says). A
 * box is mixed when the cards differ; ticking or clearing it changes every selected card, as one
 * undoable edit.
 */
export function ConcernsField({ cards, readOnly }: { cards: readonly Card[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const { store } = useServices();
  const legend = useLegend();
  if (legend.length < 2) return null;
  const toggle = (id: string, on: boolean) =>
    store.getState().change((doc) =>
      cards.reduce((d, card) => {
        const now = legend.filter((p) => concerns(card, p.id)).map((p) => p.id);
        const next = on ? [...now, id] : now.filter((p) => p !== id);
        return setCardPersonas(d, [card.id], next);
      }, doc),
    );
  return (
    <fieldset className="concerns-field">
      <legend>{t('persona.concerns')}</legend>
      {legend.map((p) => {
        const count = cards.filter((c) => concerns(c, p.id)).length;
        return (
          <label key={p.id} className="inspector-check">
            <input
              type="checkbox"
              disabled={readOnly}
              checked={count === cards.length}
              ref={(el) => {
                if (el) el.indeterminate = count > 0 && count < cards.length;
              }}
              // Clearing a card's last persona leaves it naming none: it concerns everyone again.
              onChange={(e) => toggle(p.id, e.target.checked)}
            />
            <span className="persona-swatch" style={{ background: PERSONA_STYLE[p.colour].ink }} aria-hidden="true" />
            {p.name}
          </label>
        );
      })}
    </fieldset>
  );
}
