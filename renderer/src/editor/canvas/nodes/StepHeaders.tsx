import type { NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteStep, moveStep, renameStep } from '../../../../../shared/model/operations';
import type { JourneyMap } from '../../../../../shared/model/types';
import { useServices } from '../../../services/ServicesContext';
import { InlineTextField } from '../../../ui/InlineTextField';
import { GLYPHS } from '../../glyphs';
import type { StepBandNode as StepBandNodeType } from '../buildNodes';
import { useFrozenHeader } from './gridHeader';

export interface StepCell {
  id: string;
  name: string;
  width: number;
}

/**
 * Where a step goes one place left or right: within its stage, or past its edge to the end of
 * the stage before (the start of the stage after). Null at the map's edge.
 */
function stepMove(
  doc: JourneyMap,
  stageId: string,
  stepId: string,
  by: -1 | 1,
): { stage: string; index: number } | null {
  const at = doc.stages.findIndex((s) => s.id === stageId);
  const steps = doc.stages[at]?.steps ?? [];
  const i = steps.findIndex((s) => s.id === stepId);
  if (i + by >= 0 && i + by < steps.length) return { stage: stageId, index: i + by };
  const next = doc.stages[at + by];
  return next ? { stage: next.id, index: by < 0 ? next.steps.length : 0 } : null;
}

/** One step's name under its stage's: double-click (or F2) renames, Alt+←/→ moves, × deletes. */
function StepHeader({ stageId, step }: { stageId: string; step: StepCell }) {
  const { t } = useTranslation();
  const { store } = useServices();
  const [renaming, setRenaming] = useState(false);
  const change = store.getState().change;
  const move = (by: -1 | 1) => {
    const doc = store.getState().doc;
    const to = doc && stepMove(doc, stageId, step.id, by);
    if (to) change((d) => moveStep(d, step.id, to.stage, to.index));
  };
  return (
    <div className="stage-step" style={{ width: step.width }} data-step={step.id}>
      {renaming ? (
        <InlineTextField
          initial={step.name}
          label={t('grid.stepName')}
          className="stage-step-rename"
          onDone={(name) => {
            setRenaming(false);
            if (name !== null) change((d) => renameStep(d, step.id, name));
          }}
        />
      ) : (
        <button
          type="button"
          className="stage-step-name nodrag"
          title={t('grid.renameStep', { name: step.name })}
          onDoubleClick={(e) => {
            e.stopPropagation();
            setRenaming(true);
          }}
          onKeyDown={(e) => {
            if (e.key === 'F2' || e.key === 'Enter') setRenaming(true);
            else if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight'))
              move(e.key === 'ArrowLeft' ? -1 : 1);
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        >
          {step.name}
        </button>
      )}
      <span className="stage-step-actions">
        <button
          type="button"
          className="header-action nodrag"
          aria-label={t('grid.moveStepLeft', { name: step.name })}
          onClick={() => move(-1)}
        >
          {GLYPHS.previous}
        </button>
        <button
          type="button"
          className="header-action nodrag"
          aria-label={t('grid.moveStepRight', { name: step.name })}
          onClick={() => move(1)}
        >
          {GLYPHS.next}
        </button>
        <button
          type="button"
          className="header-action nodrag"
          aria-label={t('grid.deleteStep', { name: step.name })}
          onClick={() => change((d) => deleteStep(d, step.id))}
        >
          {GLYPHS.close}
        </button>
      </span>
    </div>
  );
}

/**
 * The band of a stage's steps under its header (empty for a stage without steps, when another
 * stage has some), frozen with the header when the map is scrolled down.
 */
export const StepBandNode = memo(function StepBandNode({ data }: NodeProps<StepBandNodeType>) {
  const { t } = useTranslation();
  const style = useFrozenHeader('y', data.span, 0);
  return (
    <div className="stage-steps" role="group" aria-label={t('grid.steps', { name: data.stageName })} style={style}>
      {data.steps.map((s) => (
        <StepHeader key={s.id} stageId={data.stageId} step={s} />
      ))}
    </div>
  );
});
