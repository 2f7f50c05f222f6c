import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { smoothPath } from '../../../../../shared/layout/curve';
import { emotionY } from '../../../../../shared/layout/computeLayout';
import { EMOTION_MAX } from '../../../../../shared/model/constants';
import { setEmotion } from '../../../../../shared/model/operations';
import { useServices } from '../../../services/ServicesContext';
import type { EmotionNode } from '../buildNodes';
import { useLayoutRef } from '../LayoutContext';
import { EmotionPoint } from './EmotionPoint';

const SCORES = [3, 2, 1, 0, -1, -2, -3];

/** The emotion lane is a curve, not a stack of cards: one point per stage on −3 … +3. */
export const EmotionLaneNode = memo(function EmotionLaneNode({ data, width = 0, height = 0 }: NodeProps<EmotionNode>) {
  const { store } = useServices();
  const layout = useLayoutRef();
  const laneY = () => layout.get()?.lanes.find((l) => l.id === data.laneId)?.y ?? 0;
  const half = height / 2 - 24;
  const scoreAt = (canvasY: number) => ((height / 2 - (canvasY - laneY())) / half) * EMOTION_MAX;
  const byStage = new Map(data.points.map((p) => [p.stageId, p]));

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
        <path d={smoothPath(data.points)} className="emotion-curve" />
      </svg>
      {data.stages.map((s) => {
        const p = byStage.get(s.id);
        return (
          <EmotionPoint
            key={s.id}
            stageName={s.name}
            score={p?.score ?? null}
            label={p?.label ?? ''}
            x={s.x + s.width / 2}
            yOf={(score) => emotionY(0, height, score)}
            scoreAt={scoreAt}
            onScore={(score) => store.getState().change((d) => setEmotion(d, s.id, score))}
            onLabel={(label) => store.getState().change((d) => setEmotion(d, s.id, p?.score ?? 0, label))}
          />
        );
      })}
    </div>
  );
});
