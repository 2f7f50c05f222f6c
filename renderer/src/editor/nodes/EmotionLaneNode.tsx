import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { emotionFace, smoothPath } from '../../../../shared/layout/curve';
import { emotionY } from '../../../../shared/layout/computeLayout';
import { METRICS } from '../../../../shared/layout/metrics';
import { setEmotion } from '../../../../shared/model/operations';
import { useServices, useWaymark } from '../../app/ServicesContext';
import type { EmotionNode } from '../buildNodes';

const SCORES = [3, 2, 1, 0, -1, -2, -3];

/**
 * The emotion lane is a curve, not a stack of cards: one point per stage. Click a column to
 * place its point; a focused point moves with the arrow keys.
 */
export const EmotionLaneNode = memo(function EmotionLaneNode({ data, width = 0, height = 0 }: NodeProps<EmotionNode>) {
  const { store } = useServices();
  const stageNames = useWaymark((s) => s.doc?.stages.map((st) => st.name).join('\u0000') ?? '');
  const names = stageNames.split('\u0000');
  const { layout } = data;
  const lane = layout.lanes.find((l) => l.id === data.laneId);
  if (!lane) return null;
  const ox = METRICS.laneLabelWidth;
  const points = (layout.emotion?.points ?? []).map((p) => ({ ...p, x: p.x - ox, y: p.y - lane.y }));
  const set = (stageId: string, score: number) => store.getState().change((doc) => setEmotion(doc, stageId, score));

  return (
    <div className="emotion-lane">
      <svg width={width} height={height} className="emotion-svg" aria-hidden="true">
        {SCORES.map((s) => (
          <line
            key={s}
            x1={0}
            x2={width}
            y1={emotionY(0, height, s)}
            y2={emotionY(0, height, s)}
            className={s === 0 ? 'emotion-zero' : 'emotion-grid'}
          />
        ))}
        <path d={smoothPath(points)} className="emotion-curve" />
      </svg>
      {layout.stages.map((s) => (
        <div
          key={s.id}
          className="emotion-column"
          style={{ left: s.x - ox, width: s.width }}
          onClick={(e) => {
            const rect = e.currentTarget.getBoundingClientRect();
            const y = ((e.clientY - rect.top) / rect.height) * height;
            const score = Math.round(((height / 2 - y) / (height / 2 - 24)) * 3);
            set(s.id, score);
          }}
        />
      ))}
      {points.map((p) => {
        const stageName = names[layout.stages.find((s) => s.id === p.stageId)?.index ?? 0] ?? '';
        return (
          <button
            key={p.stageId}
            type="button"
            className="emotion-point nodrag"
            style={{ left: p.x, top: p.y }}
            aria-label={`Emotion at ${stageName}: ${p.score > 0 ? '+' : ''}${p.score}`}
            onKeyDown={(e) => {
              if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
                e.preventDefault();
                set(p.stageId, p.score + (e.key === 'ArrowUp' ? 1 : -1));
              }
            }}
          >
            <span aria-hidden="true">{emotionFace(p.score)}</span>
          </button>
        );
      })}
      {points.length === 0 && (
        <p className="emotion-hint">Click a stage column to set how the customer feels (−3 … +3)</p>
      )}
    </div>
  );
});
