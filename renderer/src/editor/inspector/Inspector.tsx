import { CARD_TYPES, CHANNELS, PROVIDERS, type Language } from '../../../../shared/model/constants';
import { LIMITS } from '../../../../shared/model/limits';
import { updateCards } from '../../../../shared/model/operations';
import type { Card } from '../../../../shared/model/types';
import { CARD_TYPE_LABELS, CHANNEL_LABELS, MOMENT_LABEL, PROVIDER_LABELS } from '../../../../shared/templates/labels';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { CardPictureField } from '../pictures/CardPictureField';
import { CardFeedback } from './CardFeedback';
import { CitesField, ColourField, EvidenceField } from './CardFields';
import { DetailField } from '../detail/DetailField';
import { ConcernsField } from '../persona/ConcernsField';
import { StepField } from './StepField';
import { TagsField } from './TagsField';
import { CardInsights } from '../insights/CardInsights';
import { RealisesField } from '../backlog/RealisesField';

/** One value if every selected card shares it, else null (shown as "mixed"). */
function common<K extends keyof Card>(cards: Card[], key: K): Card[K] | null {
  const first = cards[0]?.[key];
  return cards.every((c) => c[key] === first) ? (first ?? null) : null;
}

/** Details of the selected cards: type, channel, owner, evidence status, colour, span. */
export function Inspector() {
  const { store } = useServices();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const stageCount = useWaymark((s) => s.doc?.stages.length ?? 1);
  const dayInTheLife = useWaymark((s) => s.doc?.kind === 'day-in-the-life');
  const readOnly = useWaymark((s) => s.readOnly);
  const cards = useWaymark(useShallow((s) => s.doc?.cards.filter((c) => s.selectedCardIds.includes(c.id)) ?? []));
  const ids = cards.map((c) => c.id);
  const apply = (patch: Partial<Card>, coalesce?: string) =>
    store
      .getState()
      .change((d) => updateCards(d, ids, patch), coalesce ? { coalesce: `${coalesce}:${ids.join()}` } : {});

  if (cards.length === 0)
    return (
      <aside className="inspector" aria-label={t('inspector.label')}>
        <p className="inspector-empty">{t('inspector.empty')}</p>
      </aside>
    );

  const type = common(cards, 'type');
  const owner = common(cards, 'owner');
  const provider = common(cards, 'provider');
  const moment = common(cards, 'moment');
  const single = cards.length === 1 ? cards[0]! : null;
  return (
    <aside className="inspector" aria-label={t('inspector.label')}>
      <h2>{single ? t('inspector.card') : t('inspector.cards', { count: cards.length })}</h2>
      <label>
        {t('inspector.type')}
        <select
          aria-label={t('inspector.type')}
          value={type ?? ''}
          onChange={(e) => apply({ type: e.target.value as Card['type'] })}
        >
          {type === null && <option value="">{t('common.mixed')}</option>}
          {CARD_TYPES.map((t) => (
            <option key={t} value={t}>
              {CARD_TYPE_LABELS[t][language]}
            </option>
          ))}
        </select>
      </label>
      {type === 'touchpoint' && (
        <label>
          {t('inspector.channel')}
          <select
            aria-label={t('inspector.channel')}
            value={common(cards, 'channel') ?? ''}
            onChange={(e) => apply({ channel: (e.target.value || null) as Card['channel'] })}
          >
            <option value="">{t('common.none')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c][language]}
              </option>
            ))}
          </select>
        </label>
      )}
      {(dayInTheLife || cards.some((c) => c.provider !== null)) && (
        <fieldset className="segmented">
          <legend>{t('inspector.whose')}</legend>
          <label className={provider === null && cards.every((c) => c.provider === null) ? 'is-on' : ''}>
            <input
              type="radio"
              name="provider"
              checked={cards.every((c) => c.provider === null)}
              onChange={() => apply({ provider: null })}
            />
            {t('inspector.notSaid')}
          </label>
          {PROVIDERS.map((p) => (
            <label key={p} className={provider === p ? 'is-on' : ''}>
              <input type="radio" name="provider" checked={provider === p} onChange={() => apply({ provider: p })} />
              {PROVIDER_LABELS[p][language]}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        {t('inspector.owner')}
        <input
          aria-label={t('inspector.owner')}
          value={owner ?? ''}
          placeholder={owner === null ? t('common.mixed') : t('inspector.ownerHint')}
          maxLength={LIMITS.titleChars}
          onChange={(e) => apply({ owner: e.target.value }, 'owner')}
        />
      </label>
      {single && <TagsField key={`tags:${single.id}`} tags={single.tags} onChange={(tags) => apply({ tags })} />}
      <label className="inspector-check">
        <input
          type="checkbox"
          checked={moment === true}
          ref={(el) => {
            if (el) el.indeterminate = moment === null;
          }}
          onChange={(e) => apply({ moment: e.target.checked })}
        />
        <span className="card-moment">{MOMENT_LABEL[language]}</span>
      </label>
      <EvidenceField cards={cards} apply={apply} />
      <ColourField cards={cards} apply={apply} />
      {single && <CitesField card={single} />}
      {single && <CardInsights key={`insights:${single.id}`} card={single} readOnly={readOnly} />}
      {single && (
        <label>
          {t('inspector.span')}
          <input
            aria-label={t('inspector.span')}
            type="number"
            min={1}
            max={stageCount}
            value={single.stageSpan}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1) apply({ stageSpan: n });
            }}
          />
        </label>
      )}
      <StepField cards={cards} readOnly={readOnly} />
      <ConcernsField cards={cards} readOnly={readOnly} />
      <RealisesField cards={cards} readOnly={readOnly} />
      {single && <DetailField card={single} readOnly={readOnly} />}
      {single && !readOnly && <CardPictureField card={single} />}
      {single && <CardFeedback cardId={single.id} />}
    </aside>
  );
}
