import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OPPORTUNITY_SCORES,
  OPPORTUNITY_STATUSES,
  SCORE_MAX,
  SCORE_MIN,
  type Language,
  type OpportunityScore,
} from '../../../../shared/model/constants';
import { looksEmpty } from '../../../../shared/model/cleanText';
import { LIMITS } from '../../../../shared/model/limits';
import {
  type OpportunityFields,
  removeOpportunity,
  setOpportunityCards,
  updateOpportunity,
} from '../../../../shared/model/operations';
import type { Opportunity } from '../../../../shared/model/types';
import {
  CARD_TYPE_LABELS,
  OPPORTUNITY_SCORE_LABELS,
  OPPORTUNITY_STATUS_LABELS,
  SCORE_LEVEL_LABELS,
} from '../../../../shared/templates/labels';
import { useServices, useWaymark } from '../../services/ServicesContext';

const LEVELS = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/** A title kept as a draft while typed and applied when left: an empty title is never stored. */
function TitleField({ opportunity, onChange }: { opportunity: Opportunity; onChange: (title: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && !looksEmpty(draft) && draft.trim() !== opportunity.title) onChange(draft.trim());
    setDraft(null);
  };
  return (
    <label>
      {t('backlog.fields.title')}
      <input
        value={draft ?? opportunity.title}
        maxLength={LIMITS.titleChars}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}

/**
 * One opportunity in full: what it is, who owns it, where it stands, its three scores (each
 * level named), and the cards it addresses. Every change is a map edit (undoable).
 */
export function OpportunityForm({ opportunity: o, readOnly }: { opportunity: Opportunity; readOnly: boolean }) {
  const { store } = useServices();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const cards = useWaymark((s) => s.doc?.cards);
  const selection = useWaymark((s) => s.selectedCardIds);
  const change = (fields: OpportunityFields, coalesce?: string) =>
    store
      .getState()
      .change((d) => updateOpportunity(d, o.id, fields), coalesce ? { coalesce: `${coalesce}:${o.id}` } : {});
  const addressed = o.cardIds.map((id) => cards?.find((c) => c.id === id)).filter((c) => c !== undefined);
  const score = (key: OpportunityScore) => (
    <label key={key}>
      {OPPORTUNITY_SCORE_LABELS[key][language]}
      <select
        value={o[key] ?? ''}
        disabled={readOnly}
        onChange={(e) => change({ [key]: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">{t('backlog.notScored')}</option>
        {LEVELS.map((n) => (
          <option key={n} value={n}>
            {n} · {SCORE_LEVEL_LABELS[key][n - 1]![language]}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="opportunity-form" aria-label={t('backlog.details', { title: o.title })}>
      <fieldset disabled={readOnly}>
        <TitleField key={o.id} opportunity={o} onChange={(title) => change({ title })} />
        <label>
          {t('backlog.fields.description')}
          <textarea
            value={o.description}
            rows={3}
            maxLength={LIMITS.longTextChars}
            onChange={(e) => change({ description: e.target.value }, 'opportunity-description')}
          />
        </label>
        <div className="opportunity-row">
          <label>
            {t('backlog.fields.status')}
            <select value={o.status} onChange={(e) => change({ status: e.target.value as Opportunity['status'] })}>
              {OPPORTUNITY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {OPPORTUNITY_STATUS_LABELS[s][language]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('backlog.fields.owner')}
            <input
              value={o.owner}
              maxLength={LIMITS.titleChars}
              placeholder={t('inspector.ownerHint')}
              onChange={(e) => change({ owner: e.target.value }, 'opportunity-owner')}
            />
          </label>
        </div>
        <div className="opportunity-row is-scores">{OPPORTUNITY_SCORES.map(score)}</div>
      </fieldset>
      <h3>{t('backlog.addresses', { count: addressed.length })}</h3>
      <ul className="opportunity-cards">
        {addressed.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                store.getState().setMapView('canvas');
                store.getState().select([c.id]);
              }}
            >
              {CARD_TYPE_LABELS[c.type][language]}: {c.text || t('card.empty')}
            </button>
            {!readOnly && (
              <button
                type="button"
                aria-label={t('backlog.removeCard', { text: c.text })}
                onClick={() =>
                  store.getState().change((d) =>
                    setOpportunityCards(
                      d,
                      o.id,
                      o.cardIds.filter((id) => id !== c.id),
                    ),
                  )
                }
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="panel-actions">
          <button
            type="button"
            disabled={!selection.some((id) => !o.cardIds.includes(id))}
            onClick={() => store.getState().change((d) => setOpportunityCards(d, o.id, [...o.cardIds, ...selection]))}
          >
            {selection.some((id) => !o.cardIds.includes(id))
              ? t('backlog.addSelected', { count: selection.filter((id) => !o.cardIds.includes(id)).length })
              : t('backlog.addSelectedNone')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (store.getState().change((d) => removeOpportunity(d, o.id))) {
                store.getState().setMapView('backlog', null);
                store.getState().setNotice({ key: 'backlog.removed', params: { title: o.title } });
              }
            }}
          >
            {t('backlog.remove')}
          </button>
        </div>
      )}
    </section>
  );
}
