import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { EMOTION_MAX, EMOTION_MIN } from '../../../../../shared/model/constants';
import { InlineTextField } from '../../../ui/InlineTextField';
import { usePointerDrag } from '../usePointerDrag';
import { EmotionFace } from './EmotionFace';

interface Props {
  stageName: string;
  score: number | null;
  label: string;
  x: number;
  /** Canvas y of a score inside the lane. */
  yOf: (score: number) => number;
  /** Score at a canvas y (unrounded). */
  scoreAt: (canvasY: number) => number;
  onScore: (score: number) => void;
  onLabel: (label: string) => void;
}

const clamp = (n: number) => Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(n)));
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * One stage's point on the emotion curve. Dragged vertically it snaps to whole scores and
 * commits once on release; arrow keys step it; double-click edits its label. A stage without a
 * point shows a hollow placeholder at 0 that becomes a point when moved.
 */
export function EmotionPoint({ stageName, score, label, x, yOf, scoreAt, onScore, onLabel }: Props) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const shown = preview ?? score ?? 0;
  const onPointerDown = usePointerDrag({
    threshold: 2,
    onMove: (p) => setPreview(clamp(scoreAt(p.y))),
    onDrop: (p) => {
      setPreview(null);
      const next = clamp(scoreAt(p.y));
      if (next !== score) onScore(next);
    },
    onCancel: () => setPreview(null),
  });
  const name =
    score === null
      ? t('grid.setEmotion', { stage: stageName })
      : t(label ? 'grid.emotionAtLabelled' : 'grid.emotionAt', { stage: stageName, score: signed(score), label });

  return (
    <>
      <button
        type="button"
        className={`emotion-point nodrag nopan ${score === null && preview === null ? 'is-placeholder' : ''}`}
        style={{ left: x, top: yOf(shown) }}
        aria-label={name}
        onPointerDown={onPointerDown}
        onDoubleClick={(e) => {
          e.stopPropagation();
          if (score !== null) setEditing(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
            e.preventDefault();
            e.stopPropagation();
            onScore(clamp((score ?? 0) + (e.key === 'ArrowUp' ? 1 : -1)));
          } else if (e.key === 'Enter' && score !== null) {
            e.preventDefault();
            setEditing(true);
          }
        }}
      >
        <EmotionFace score={shown} />
        {preview !== null && <span className="emotion-score">{signed(preview)}</span>}
      </button>
      {editing ? (
        <div className="emotion-label-edit" style={{ left: x, top: yOf(shown) + 22 }}>
          <InlineTextField
            initial={label}
            label={t('grid.emotionLabelAt', { stage: stageName })}
            onDone={(text) => {
              setEditing(false);
              if (text !== null) onLabel(text);
            }}
          />
        </div>
      ) : (
        label && (
          <span className="emotion-label" style={{ left: x, top: yOf(shown) + 22 }}>
            {label}
          </span>
        )
      )}
    </>
  );
}
