import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/constants';
import { uncite } from '../../../../shared/model/operations';
import type { Card } from '../../../../shared/model/types';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { useDebounced } from '../../ui/useDebounced';
import { citeOnCards } from './citedInsights';
import { InsightText } from './InsightItem';
import { useInsightPage } from './useInsightPage';

/**
 * The research behind a card: the insights it cites (an insight deleted from the library is
 * said to be gone, and can be taken off), and a search of the library to cite another.
 */
export function CardInsights({ card, readOnly }: { card: Card; readOnly: boolean }) {
  const { store } = useServices();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const cited = useWaymark((s) => s.citedInsights);
  const [query, setQuery] = useState('');
  const search = useDebounced(query.trim(), 200);
  return (
    <section className="card-insights" aria-label={t('insights.onCard')}>
      <h3>{t('insights.onCardCount', { count: card.insights.length })}</h3>
      <ol className="insight-list">
        {card.insights.map((id) => {
          const insight = cited?.[id];
          return (
            <li key={id} className="insight-item">
              {insight ? (
                <InsightText insight={insight} language={language} />
              ) : (
                <p className="hint">{cited ? t('insights.gone') : '…'}</p>
              )}
              {!readOnly && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => store.getState().change((d) => uncite(d, [card.id], id))}
                >
                  {t('insights.uncite')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <>
          <input
            type="search"
            aria-label={t('insights.findToCite')}
            placeholder={t('insights.findToCite')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {search && <CiteResults query={search} card={card} language={language} onCited={() => setQuery('')} />}
        </>
      )}
    </section>
  );
}

function CiteResults({
  query,
  card,
  language,
  onCited,
}: {
  query: string;
  card: Card;
  language: Language;
  onCited: () => void;
}) {
  const { store } = useServices();
  const { t } = useTranslation();
  const { page } = useInsightPage(query, null, 8);
  if (!page) return null;
  const fresh = page.items.filter((i) => !card.insights.includes(i.id));
  return (
    <ul className="insight-list is-results" aria-label={t('insights.results')}>
      {fresh.length === 0 && <li className="hint">{t('insights.found', { count: 0 })}</li>}
      {fresh.map((insight) => (
        <li key={insight.id} className="insight-item">
          <InsightText insight={insight} language={language} />
          <button
            type="button"
            onClick={() => {
              if (citeOnCards(store, [card.id], [insight.id])) onCited();
            }}
          >
            {t('insights.citeHere')}
          </button>
        </li>
      ))}
    </ul>
  );
}
