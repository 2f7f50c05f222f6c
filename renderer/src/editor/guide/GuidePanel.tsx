import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  channelMatrix,
  GUIDE_STEPS,
  guideStatus,
  mapHealth,
  type GuideStep,
  type PersonaFacts,
} from '../../../../shared/model/guide';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { usePersona } from '../persona/usePersona';
import { ChannelsStep } from './ChannelsStep';
import { QuestionsStep } from './QuestionsStep';
import { ReviewStep } from './ReviewStep';
import { SourcesStep } from './SourcesStep';
import { StageCoverage } from '../insights/ResearchCoverage';
import { useKnownInsight } from '../insights/citedInsights';

/**
 * The seed articles' six steps for the open map. Each step says what to do, offers the action
 * that does it, and shows whether the map satisfies it (computed, never ticked by hand).
 */
export function GuidePanel() {
  const { t } = useTranslation();
  const { store, commands } = useServices();
  const doc = useWaymark((s) => s.doc);
  const personaId = useWaymark((s) => s.doc?.personaId ?? null);
  const { persona } = usePersona(personaId);
  const own = doc?.persona;
  const facts: PersonaFacts | null = useMemo(() => {
    if (personaId)
      return persona ? { name: persona.name, goals: persona.goals, frustrations: persona.frustrations } : null;
    if (!own?.name) return null;
    // A map's own persona has goals but no frustrations field: the library persona completes it.
    return { name: own.name, goals: own.goals.join('\n'), frustrations: '' };
  }, [personaId, persona, own]);
  const matrix = useMemo(() => (doc ? channelMatrix(doc) : null), [doc]);
  const known = useKnownInsight();
  const health = useMemo(() => (doc ? mapHealth(doc, known) : null), [doc, known]);
  const status = useMemo(
    () => (doc && matrix && health ? guideStatus(doc, facts, { matrix, health }) : null),
    [doc, facts, matrix, health],
  );
  if (!doc || !status || !matrix || !health) return null;
  const doneCount = GUIDE_STEPS.filter((s) => status[s]).length;
  const missing = [
    !facts?.name.trim() && t('persona.fields.name'),
    !facts?.goals.trim() && t('persona.fields.goals'),
    !facts?.frustrations.trim() && t('persona.fields.frustrations'),
  ].filter(Boolean);

  const body: Record<GuideStep, React.ReactNode> = {
    collect: (
      <>
        <StageCoverage />
        <SourcesStep />
      </>
    ),
    persona: (
      <>
        {missing.length > 0 && <p className="hint">{t('guide.personaMissing', { fields: missing.join(', ') })}</p>}
        <button type="button" onClick={() => store.getState().setSidePanel('persona')}>
          {t('guide.openPersona')}
        </button>
      </>
    ),
    channels: <ChannelsStep matrix={matrix} />,
    questions: <QuestionsStep />,
    review: <ReviewStep items={health} />,
    visualise: (
      <div className="panel-actions">
        <button type="button" onClick={() => commands.run('view.present')}>
          {t('guide.present')}
        </button>
        <button type="button" onClick={() => commands.run('file.export.pdf')}>
          {t('guide.export')}
        </button>
      </div>
    ),
  };

  return (
    <aside className="side-panel guide-panel" aria-label={t('guide.title')}>
      <h2>{t('guide.title')}</h2>
      <p className="hint">{t('guide.progress', { done: doneCount })}</p>
      <ol className="guide-steps">
        {GUIDE_STEPS.map((step) => (
          <li key={step} className={status[step] ? 'is-done' : ''} data-step={step}>
            <details open>
              <summary>
                <span className="step-name">{t(`guide.steps.${step}.name`)}</span>
                <span className={`step-status ${status[step] ? 'done' : 'todo'}`} data-testid={`step-${step}`}>
                  {status[step] ? t('guide.done') : t('guide.todo')}
                </span>
              </summary>
              <p className="step-what">{t(`guide.steps.${step}.what`)}</p>
              {body[step]}
            </details>
          </li>
        ))}
      </ol>
    </aside>
  );
}
