import { useTranslation } from 'react-i18next';
import { setCardStep } from '../../../../shared/model/operations';
import type { Card } from '../../../../shared/model/types';
import { useServices, useWaymark } from '../../services/ServicesContext';

/**
 * Which step of their stage the selected cards belong to, or the whole stage: shown when they
 * share one stage and it has steps. One undoable edit.
 */
export function StepField({ cards, readOnly }: { cards: readonly Card[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const { store } = useServices();
  const stageId = cards[0]?.stageId;
  const steps = useWaymark((s) => s.doc?.stages.find((x) => x.id === stageId)?.steps);
  if (!steps?.length || cards.some((c) => c.stageId !== stageId)) return null;
  const value = cards.every((c) => c.stepId === cards[0]!.stepId) ? (cards[0]!.stepId ?? '') : null;
  return (
    <label>
      {t('grid.step')}
      <select
        aria-label={t('grid.step')}
        disabled={readOnly}
        value={value ?? ''}
        onChange={(e) =>
          store.getState().change((d) =>
            setCardStep(
              d,
              cards.map((c) => c.id),
              e.target.value || null,
            ),
          )
        }
      >
        {value === null && <option value="">{t('common.mixed')}</option>}
        <option value="">{t('grid.wholeStage')}</option>
        {steps.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
