import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matrixPlaces, type ValueAxis } from '../../../../shared/model/backlog';
import { OPPORTUNITY_INK } from '../../../../shared/render/palette';
import { SCORE_MAX, SCORE_MIN, type Language } from '../../../../shared/model/constants';
import type { Opportunity } from '../../../../shared/model/types';
import {
  OPPORTUNITY_SCORE_LABELS,
  OPPORTUNITY_STATUS_LABELS,
  QUADRANT_LABELS,
} from '../../../../shared/templates/labels';

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
/** How far points sharing a score are pushed apart, in pixels. */
const SPREAD = 16;
/** Pixels between the plot's edge and the outermost scores, so a 1 or a 5 is a whole point inside. */
const INSET = 30;
const clamp = (n: number) => Math.min(SCORE_MAX, Math.max(SCORE_MIN, n));

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
  const places = matrixPlaces(items, axis);

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
          <span className="matrix-quadrant is-top-left">{QUADRANT_LABELS.quickWins[language]}</span>
          <span className="matrix-quadrant is-top-right">{QUADRANT_LABELS.bigBets[language]}</span>
          <span className="matrix-quadrant is-bottom-left">{QUADRANT_LABELS.fillIns[language]}</span>
          <span className="matrix-quadrant is-bottom-right">{QUADRANT_LABELS.timeSinks[language]}</span>
          {placed.map(({ opportunity: o, rank }) => {
            const dragging = drag?.id === o.id;
            const at = places.get(o.id)!;
            const inner = side - 2 * INSET;
            const style = dragging
              ? { left: drag.left, top: drag.top }
              : { left: INSET + at.dx * SPREAD + at.x * inner, top: INSET + at.dy * SPREAD + at.y * inner };
            // The status's colour, as the slide and the PDF page draw it.
            const look = { ...style, background: OPPORTUNITY_INK[o.status] };
            return (
              <button
                key={o.id}
                type="button"
                className={`matrix-point status-${o.status} ${selected === o.id ? 'is-selected' : ''} ${dragging ? 'is-dragging' : ''}`}
                style={look}
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
