import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addQuestion, answerQuestion, removeQuestion } from '../../../../shared/model/operations';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { GLYPHS } from '../glyphs';

const SUGGESTED = ['q1', 'q2', 'q3', 'q4'] as const;

/** Step 4: questions per stage, suggested or the person's own, each with its answer. */
export function QuestionsStep() {
  const { t } = useTranslation();
  const { store } = useServices();
  const stages = useWaymark((s) => s.doc?.stages ?? []);
  const questions = useWaymark((s) => s.doc?.questions ?? []);
  const [own, setOwn] = useState<Record<string, string>>({});
  return (
    <div className="guide-questions">
      {stages.map((stage) => {
        const mine = questions.filter((q) => q.stageId === stage.id);
        const suggested = SUGGESTED.map((k) => t(`guide.suggested.${k}`)).filter(
          (text) => !mine.some((q) => q.text === text),
        );
        return (
          <section key={stage.id} className="stage-questions" aria-label={stage.name}>
            <h4>{stage.name}</h4>
            {mine.map((q) => (
              <div key={q.id} className="question">
                <label>
                  {q.text}
                  <textarea
                    // Remounts when the answer changes elsewhere (undo), so the field shows it.
                    key={q.answer}
                    aria-label={t('guide.answer', { text: q.text })}
                    rows={2}
                    defaultValue={q.answer}
                    maxLength={5000}
                    onBlur={(e) => {
                      const answer = e.target.value;
                      if (answer !== q.answer) store.getState().change((d) => answerQuestion(d, q.id, answer));
                    }}
                  />
                </label>
                <button
                  type="button"
                  className="header-action"
                  aria-label={t('guide.removeQuestion', { text: q.text })}
                  onClick={() => store.getState().change((d) => removeQuestion(d, q.id))}
                >
                  {GLYPHS.close}
                </button>
              </div>
            ))}
            <div className="suggested">
              {suggested.map((text) => (
                <button
                  key={text}
                  type="button"
                  className="chip"
                  aria-label={`${stage.name}: ${t('guide.addQuestion', { text })}`}
                  onClick={() => store.getState().change((d) => addQuestion(d, stage.id, text))}
                >
                  {GLYPHS.add} {text}
                </button>
              ))}
            </div>
            <form
              className="own-question"
              onSubmit={(e) => {
                e.preventDefault();
                const text = own[stage.id] ?? '';
                if (store.getState().change((d) => addQuestion(d, stage.id, text))) setOwn({ ...own, [stage.id]: '' });
              }}
            >
              <input
                aria-label={t('guide.ownQuestion', { stage: stage.name })}
                placeholder={t('guide.ownQuestion', { stage: stage.name })}
                value={own[stage.id] ?? ''}
                maxLength={500}
                onChange={(e) => setOwn({ ...own, [stage.id]: e.target.value })}
              />
              <button type="submit" disabled={!(own[stage.id] ?? '').trim()}>
                {t('guide.addOwn')}
              </button>
            </form>
          </section>
        );
      })}
    </div>
  );
}
