import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueAxis } from '../../../../shared/model/backlog';
import { SCORE_MAX, SCORE_MIN, type Language } from '../../../../shared/model/constants';
import type { Opportunity } from '../../../../shared/model/types';
import { OPPORTUNITY_SCORE_LABELS, OPPORTUNITY_STATUS_LABELS } from '../../../../shared/templates/labels';

export interface MatrixItem {
  opportunity: Opportunity;
  rank: number;
}

interface Props {
  items: readonly MatrixItem[];
  axis: ValueAxis;
  selected: string | null;
  readOnly: boolean;
  onSelect: (id: string) => void;
  /** A new place in the matrix: the chosen value and the effort, each 1–5. */
  onScore: (id: string, value: number, effort: number) => void;
}

const SPAN = SCORE_MAX - SCORE_MIN;
/** Pixels between the plot's edge and the outermost scores, so a 1 or a 5 is a whole point inside. */
const INSET = 24;
const clamp = (n: number) => Math.min(SCORE_MAX, Math.max(SCORE_MIN, n));
/** Where a score sits along an axis, as a fraction of the plot (1 at the start, 5 at the end). */
const along = (score: number) => (score - SCORE_MIN) / SPAN;

/** Several opportunities on one point of the grid sit around it, not on top of each other. */
function offsets(items: readonly MatrixItem[], axis: ValueAxis): Map<string, { dx: number; dy: number }> {
  const byPoint = new Map<string, string[]>();
  for (const { opportunity: o } of items) {
    if (o[axis] === null || o.effort === null) continue;
    const key = `${o[axis]}:${o.effort}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), o.id]);
  }
  const out = new Map<string, { dx: number; dy: number }>();
  for (const ids of byPoint.values())
    ids.forEach((id, i) => {
      if (ids.length === 1) return out.set(id, { dx: 0, dy: 0 });
      const angle = (2 * Math.PI * i) / ids.length;
      out.set(id, { dx: Math.cos(angle) * 16, dy: Math.sin(angle) * 16 });
    });
  return out;
}

/**
 * Value against effort, the four quadrants named. Each opportunity is a button: dragged to a new
 * place (it snaps to whole scores) or moved with the arrow keys, it is re-scored as one undoable
 * edit; those not scored yet wait in a tray beside the plot and are dragged in.
 */
export function Matrix({ items, axis, selected, readOnly, onSelect, onScore }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const plot = useRef<HTMLDivElement>(null);
  // The pointer while an opportunity is dragged, in the window and in the plot.
  const [drag, setDrag] = useState<{ id: string; x: number; y: number; left: number; top: number } | null>(null);
  // The plot's side in pixels (it is square): points are placed in pixels, re-measured on resize.
  const [side, setSide] = useState(0);
  useLayoutEffect(() => {
    const el = plot.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSide(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const placed = items.filter((i) => i.opportunity[axis] !== null && i.opportunity.effort !== null);
  const waiting = items.filter((i) => i.opportunity[axis] === null || i.opportunity.effort === null);
  const spread = offsets(items, axis);

  /** The scores under a point of the screen, or null outside the plot. */
  const scoresAt = (clientX: number, clientY: number) => {
    const box = plot.current?.getBoundingClientRect();
    if (!box || clientX < box.left || clientX > box.right || clientY < box.top || clientY > box.bottom) return null;
    const effort = clamp(Math.round(SCORE_MIN + ((clientX - box.left - INSET) / (box.width - 2 * INSET)) * SPAN));
    const value = clamp(Math.round(SCORE_MAX - ((clientY - box.top - INSET) / (box.height - 2 * INSET)) * SPAN));
    return { value, effort };
  };
  const pointer = (id: string, e: React.PointerEvent) => {
    const box = plot.current?.getBoundingClientRect();
    return { id, x: e.clientX, y: e.clientY, left: e.clientX - (box?.left ?? 0), top: e.clientY - (box?.top ?? 0) };
  };
  const dragProps = (o: Opportunity) =>
    readOnly
      ? {}
      : {
          onPointerDown: (e: React.PointerEvent<HTMLButtonElement>) => {
            if (e.button !== 0) return;
            e.currentTarget.setPointerCapture(e.pointerId);
            setDrag(pointer(o.id, e));
          },
          onPointerMove: (e: React.PointerEvent) => {
            if (drag?.id === o.id) setDrag(pointer(o.id, e));
          },
          onPointerUp: (e: React.PointerEvent) => {
            if (drag?.id !== o.id) return;
            setDrag(null);
            // A click (no move) lands where the point is and changes nothing.
            const at = scoresAt(e.clientX, e.clientY);
            if (at && (at.value !== o[axis] || at.effort !== o.effort)) onScore(o.id, at.value, at.effort);
          },
          onPointerCancel: () => setDrag(null),
        };
  const keys = (o: Opportunity) => (e: React.KeyboardEvent) => {
    if (readOnly) return;
    const step = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [1, 0], ArrowDown: [-1, 0] }[e.key];
    if (!step) return;
    e.preventDefault();
    const value = o[axis] === null ? 3 : clamp(o[axis] + step[0]!);
    const effort = o.effort === null ? 3 : clamp(o.effort + step[1]!);
    onScore(o.id, value, effort);
  };
  const label = (o: Opportunity) =>
    t('backlog.pointLabel', {
      title: o.title,
      value: o[axis] ?? '–',
      effort: o.effort ?? '–',
      axis: OPPORTUNITY_SCORE_LABELS[axis][language],
      status: OPPORTUNITY_STATUS_LABELS[o.status][language],
    });

  return (
    <div className="matrix">
      <div className="matrix-frame">
        <span className="matrix-axis is-value">{OPPORTUNITY_SCORE_LABELS[axis][language]} →</span>
        <div
          ref={plot}
          className="matrix-plot"
          role="group"
          aria-label={t('backlog.matrix', { axis: OPPORTUNITY_SCORE_LABELS[axis][language] })}
        >
          <span className="matrix-quadrant is-top-left">{t('backlog.quadrants.quickWins')}</span>
          <span className="matrix-quadrant is-top-right">{t('backlog.quadrants.bigBets')}</span>
          <span className="matrix-quadrant is-bottom-left">{t('backlog.quadrants.fillIns')}</span>
          <span className="matrix-quadrant is-bottom-right">{t('backlog.quadrants.timeSinks')}</span>
          {placed.map(({ opportunity: o, rank }) => {
            const dragging = drag?.id === o.id;
            const { dx, dy } = spread.get(o.id) ?? { dx: 0, dy: 0 };
            const inner = side - 2 * INSET;
            const style = dragging
              ? { left: drag.left, top: drag.top }
              : { left: INSET + dx + along(o.effort!) * inner, top: INSET + dy + (1 - along(o[axis]!)) * inner };
            return (
              <button
                key={o.id}
                type="button"
                className={`matrix-point status-${o.status} ${selected === o.id ? 'is-selected' : ''} ${dragging ? 'is-dragging' : ''}`}
                style={style}
                aria-label={label(o)}
                aria-pressed={selected === o.id}
                title={o.title}
                onClick={() => onSelect(o.id)}
                onKeyDown={keys(o)}
                {...dragProps(o)}
              >
                {rank}
              </button>
            );
          })}
        </div>
        <span className="matrix-axis is-effort">{OPPORTUNITY_SCORE_LABELS.effort[language]} →</span>
      </div>
      {waiting.length > 0 && (
        <div className="matrix-tray" role="group" aria-label={t('backlog.unscored')}>
          <p className="hint">{t('backlog.unscoredHint', { count: waiting.length })}</p>
          {waiting.map(({ opportunity: o, rank }) => (
            <button
              key={o.id}
              type="button"
              className={`matrix-waiting ${selected === o.id ? 'is-selected' : ''}`}
              aria-label={label(o)}
              aria-pressed={selected === o.id}
              onClick={() => onSelect(o.id)}
              onKeyDown={keys(o)}
              style={drag?.id === o.id ? { position: 'fixed', left: drag.x, top: drag.y, zIndex: 5 } : undefined}
              {...dragProps(o)}
            >
              <span className="matrix-rank">{rank}</span> {o.title}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
