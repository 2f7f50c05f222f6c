import { useTranslation } from 'react-i18next';
import { CARD_COLORS, EVIDENCE_STATUSES, type Language } from '../../../../shared/model/constants';
import { setCardSources } from '../../../../shared/model/operations';
import type { Card } from '../../../../shared/model/types';
import { cardStyle, cardStyleVars } from '../../../../shared/render/cardStyle';
import { EVIDENCE_LABELS, NOT_MARKED_LABEL } from '../../../../shared/templates/labels';
import { useServices, useWaymark } from '../../services/ServicesContext';

type Apply = (patch: Partial<Card>) => void;
const EMPTY: never[] = [];

/** How the selected cards are known: not marked, observed, assumed or proposed. */
export function EvidenceField({ cards, apply }: { cards: Card[]; apply: Apply }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const first = cards[0]?.evidence;
  const evidence = cards.every((c) => c.evidence === first) ? first : undefined;
  const unmarked = cards.every((c) => c.evidence === null);
  return (
    <fieldset className="segmented">
      <legend>{t('inspector.evidence')}</legend>
      <label className={unmarked ? 'is-on' : ''}>
        <input type="radio" name="evidence" checked={unmarked} onChange={() => apply({ evidence: null })} />
        {NOT_MARKED_LABEL[language]}
      </label>
      {EVIDENCE_STATUSES.map((s) => (
        <label key={s} className={evidence === s ? 'is-on' : ''}>
          <input type="radio" name="evidence" checked={evidence === s} onChange={() => apply({ evidence: s })} />
          {EVIDENCE_LABELS[s][language]}
        </label>
      ))}
    </fieldset>
  );
}

/** The selected cards' colour: their type's, or one of the palette's (drawn from the card look). */
export function ColourField({ cards, apply }: { cards: Card[]; apply: Apply }) {
  const { t } = useTranslation();
  const first = cards[0]?.color;
  const color = cards.every((c) => c.color === first) ? first : undefined;
  const typeColour = cards.every((c) => c.color === null);
  return (
    <fieldset className="swatches">
      <legend>{t('inspector.colour')}</legend>
      <button
        type="button"
        className={`swatch swatch-none ${typeColour ? 'is-on' : ''}`}
        aria-label={t('inspector.typeColour')}
        aria-pressed={typeColour}
        onClick={() => apply({ color: null })}
      />
      {CARD_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className={`swatch ${color === c ? 'is-on' : ''}`}
          style={cardStyleVars(cardStyle({ type: 'note', color: c }))}
          aria-label={t('inspector.colourNamed', { name: t(`inspector.colours.${c}`) })}
          aria-pressed={color === c}
          onClick={() => apply({ color: c })}
        />
      ))}
    </fieldset>
  );
}

/** Which of the map's research sources one card cites. */
export function CitesField({ card }: { card: Card }) {
  const { store } = useServices();
  const { t } = useTranslation();
  const sources = useWaymark((s) => s.doc?.sources ?? EMPTY);
  if (sources.length === 0) return null;
  const toggle = (id: string, on: boolean) =>
    store
      .getState()
      .change((d) => setCardSources(d, card.id, on ? [...card.sourceIds, id] : card.sourceIds.filter((x) => x !== id)));
  return (
    <fieldset className="cites">
      <legend>{t('inspector.cites')}</legend>
      {sources.map((s) => (
        <label key={s.id} className="check">
          <input
            type="checkbox"
            checked={card.sourceIds.includes(s.id)}
            onChange={(e) => toggle(s.id, e.target.checked)}
          />
          {s.title}
        </label>
      ))}
    </fieldset>
  );
}
