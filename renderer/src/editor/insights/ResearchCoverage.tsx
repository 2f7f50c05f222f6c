import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { researchCoverage } from '../../../../shared/model/coverage';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { useKnownInsight } from './citedInsights';

/** The open map's research coverage, counting only insights the library still has; null without a map. */
function useCoverage() {
  const cards = useWaymark((s) => s.doc?.cards);
  const stages = useWaymark((s) => s.doc?.stages);
  const known = useKnownInsight();
  const coverage = useMemo(
    () => (cards && stages ? researchCoverage({ cards, stages }, known) : null),
    [cards, stages, known],
  );
  return coverage;
}

/** "7 of 10 pain points backed by research": the open map's coverage, as the guide and exports say it. */
export function ResearchCoverage() {
  const { t } = useTranslation();
  const coverage = useCoverage();
  if (!coverage) return null;
  return (
    <p className="research-coverage" aria-live="polite">
      {coverage.pains.total > 0
        ? t('insights.coveragePains', { backed: coverage.pains.backed, count: coverage.pains.total })
        : t('insights.coverageCards', { backed: coverage.cards.backed, count: coverage.cards.total })}
    </p>
  );
}

/** Coverage stage by stage, for the guide's first step, with the way to the insights. */
export function StageCoverage() {
  const { t } = useTranslation();
  const { store } = useServices();
  const coverage = useCoverage();
  const stages = useWaymark((s) => s.doc?.stages);
  if (!coverage || !stages) return null;
  const byPains = coverage.pains.total > 0;
  return (
    <div className="stage-coverage">
      <ResearchCoverage />
      <ul aria-label={t('insights.byStage')}>
        {stages.map((s) => {
          // One unit for the whole list: pain points when the map has any, else every card.
          const c = coverage.stages[s.id]!;
          const b = byPains ? c.pains : c.cards;
          return (
            <li key={s.id} className={b.backed < b.total ? 'is-short' : ''}>
              <span>{s.name}</span>
              <span>
                {b.total === 0
                  ? '–'
                  : byPains
                    ? t('insights.stagePains', { backed: b.backed, count: b.total })
                    : t('insights.stageCards', { backed: b.backed, count: b.total })}
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => store.getState().setSidePanel('insights')}>
        {t('insights.open')}
      </button>
    </div>
  );
}

/** The map head's word on the research: "2/4 pain points backed"; pressed, it opens the insights. */
export function ResearchChip() {
  const { t } = useTranslation();
  const { store } = useServices();
  const coverage = useCoverage();
  if (!coverage || coverage.cards.total === 0) return null;
  const b = coverage.pains.total ? coverage.pains : coverage.cards;
  return (
    <button
      type="button"
      className={`link research-chip ${b.backed < b.total ? 'is-short' : ''}`}
      title={t('insights.open')}
      onClick={() => store.getState().setSidePanel('insights')}
    >
      {coverage.pains.total
        ? t('insights.chipPains', { backed: b.backed, count: b.total })
        : t('insights.chipCards', { backed: b.backed, count: b.total })}
    </button>
  );
}
