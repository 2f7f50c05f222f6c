import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { smoothPath } from '../../../../../shared/layout/curve';
import { emotionY } from '../../../../../shared/layout/computeLayout';
import { EMOTION_MAX, MAIN_PERSONA } from '../../../../../shared/model/constants';
import { setPersonaEmotion, setStepEmotion } from '../../../../../shared/model/operations';
import { PERSONA_STYLE } from '../../../../../shared/render/palette';
import { useServices, useWaymark } from '../../../services/ServicesContext';
import { useLegend } from '../../persona/comparedPersonas';
import type { EmotionNode } from '../buildNodes';
import { useLayoutRef } from '../LayoutContext';
import { EmotionPoint } from './EmotionPoint';

const SCORES = [3, 2, 1, 0, -1, -2, -3];

/** The main persona's points at the steps of the stages that have steps (a hollow one until scored). */
function StepPoints({
  stages,
  height,
  scoreAt,
}: {
  stages: EmotionNode['data']['stages'];
  height: number;
  scoreAt: (canvasY: number) => number;
}) {
  const { store } = useServices();
  return stages.flatMap((s) =>
    s.steps.map((t) => (
      <EmotionPoint
        key={t.id}
        stageName={`${s.name} › ${t.name}`}
        score={t.emotion?.score ?? null}
        label={t.emotion?.label ?? ''}
        x={t.x + t.width / 2}
        yOf={(score) => emotionY(0, height, score)}
        scoreAt={scoreAt}
        onScore={(score) => store.getState().change((d) => setStepEmotion(d, t.id, score))}
        onLabel={(label) => store.getState().change((d) => setStepEmotion(d, t.id, t.emotion?.score ?? 0, label))}
      />
    )),
  );
}

/**
 * The emotion lane is a curve, not a stack of cards: one point per stage on −3 … +3. A map that
 * compares personas draws each one's curve in its colour; the persona whose view is shown (the
 * main one when none is) has the faces to drag, the others are lines with dots.
 */
export const EmotionLaneNode = memo(function EmotionLaneNode({ data, width = 0, height = 0 }: NodeProps<EmotionNode>) {
  const { store } = useServices();
  const { t } = useTranslation();
  const layout = useLayoutRef();
  const focus = useWaymark((s) => s.personaFocus);
  const legend = useLegend();
  const active = focus !== null && data.curves.some((c) => c.id === focus) ? focus : MAIN_PERSONA;
  const laneY = () => layout.get()?.lanes.find((l) => l.id === data.laneId)?.y ?? 0;
  const half = height / 2 - 24;
  const scoreAt = (canvasY: number) => ((height / 2 - (canvasY - laneY())) / half) * EMOTION_MAX;
  const curves = [{ id: MAIN_PERSONA, colour: 'amber' as const, points: data.points }, ...data.curves];
  const edited = curves.find((c) => c.id === active)!;
  const byStage = new Map(edited.points.map((p) => [p.stageId, p]));
  const nameOf = (id: string) => legend.find((p) => p.id === id)?.name ?? '';
  const faded = (id: string) => (focus !== null && id !== active ? 'is-faded' : '');

  return (
    <div className="emotion-lane">
      <svg width={width} height={height} className="emotion-svg" aria-hidden="true">
        {SCORES.map((s) => (
          <g key={s}>
            <line
              x1={0}
              x2={width}
              y1={emotionY(0, height, s)}
              y2={emotionY(0, height, s)}
              className={s === 0 ? 'emotion-zero' : 'emotion-grid'}
            />
            <text x={4} y={emotionY(0, height, s) - 2} className="emotion-tick">
              {s > 0 ? `+${s}` : s}
            </text>
          </g>
        ))}
        {data.stages.map((s) => (
          <line key={s.id} x1={s.x + s.width} x2={s.x + s.width} y1={0} y2={height} className="emotion-divider" />
        ))}
        {/* The edited curve last, on top of the others. */}
        {[...curves.filter((c) => c.id !== active), edited].map((c) =>
          c.id === MAIN_PERSONA ? (
            <path key={c.id} d={smoothPath(c.points)} className={`emotion-curve ${faded(c.id)}`} />
          ) : (
            <g key={c.id} data-persona={c.id}>
              <path
                d={smoothPath(c.points)}
                className={`persona-curve ${faded(c.id)}`}
                stroke={PERSONA_STYLE[c.colour].ink}
              />
              {c.id !== active &&
                c.points.map((p) => (
                  <circle
                    key={p.stageId}
                    cx={p.x}
                    cy={p.y}
                    r={6}
                    className={`persona-dot ${faded(c.id)}`}
                    fill={PERSONA_STYLE[c.colour].ink}
                  />
                ))}
            </g>
          ),
        )}
        {active !== MAIN_PERSONA &&
          data.points.map((p) => (
            <circle
              key={p.stageId}
              cx={p.x}
              cy={p.y}
              r={6}
              className="persona-dot is-faded"
              fill={PERSONA_STYLE.amber.ink}
            />
          ))}
      </svg>
      {active === MAIN_PERSONA && <StepPoints stages={data.stages} height={height} scoreAt={scoreAt} />}
      {data.stages.map((s) => {
        const p = byStage.get(s.id);
        // The main persona's stage with steps is scored step by step (its own point only while no step is).
        if (active === MAIN_PERSONA && s.steps.length && (!p || s.steps.some((t) => t.emotion))) return null;
        return (
          <EmotionPoint
            key={`${active}:${s.id}`}
            stageName={legend.length > 1 ? t('persona.scoring', { stage: s.name, name: nameOf(active) }) : s.name}
            score={p?.score ?? null}
            label={p?.label ?? ''}
            x={s.x + s.width / 2}
            yOf={(score) => emotionY(0, height, score)}
            scoreAt={scoreAt}
            onScore={(score) => store.getState().change((d) => setPersonaEmotion(d, active, s.id, score))}
            onLabel={(label) =>
              store.getState().change((d) => setPersonaEmotion(d, active, s.id, p?.score ?? 0, label))
            }
          />
        );
      })}
    </div>
  );
});
