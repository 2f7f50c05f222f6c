import { CollapseButton } from '../panels/PanelStrip';
import { useReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { cellAt, insertionIndex } from '../../../../shared/layout/hitTest';
import type { CardType, Language } from '../../../../shared/model/constants';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { addCard } from '../../../../shared/model/operations';
import { CARD_TYPE_LABELS } from '../../../../shared/templates/labels';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { paletteFor } from '../cardTypeMeta';
import { CARD_ICONS, cardStyle, cardStyleVars } from '../../../../shared/render/cardStyle';

interface Ghost {
  type: CardType;
  x: number;
  y: number;
}

/**
 * Card types to drag onto the grid; the card lands in the stage × lane cell under the pointer,
 * at the position among that cell's cards, ready to type. A click (or Enter) adds the type to
 * the active cell instead, which is the keyboard path.
 */
export function Palette() {
  const { store, layout } = useServices();
  const { t, i18n } = useTranslation();
  // The palette is interface, not map content: it follows the interface language.
  const language = i18n.language as Language;
  const flow = useReactFlow();
  const [ghost, setGhost] = useState<Ghost | null>(null);
  const kind = useWaymark((s) => s.doc?.kind ?? 'current-state');
  const lanes = useWaymark((s) => s.doc?.lanes);
  const groups = useMemo(() => paletteFor({ kind, lanes: lanes ?? [] }), [kind, lanes]);

  const place = (type: CardType, cell: { laneId: string; stageId: string }, index?: number) => {
    const id = newId();
    const s = store.getState();
    if (s.change((d) => addCard(d, { ...cell, id, type, ...(index === undefined ? {} : { index }) })))
      s.startEditing(id);
  };

  const targetAt = (clientX: number, clientY: number) => {
    const l = layout.get();
    const over = document.elementFromPoint(clientX, clientY)?.closest('.react-flow');
    if (!l || !over) return null;
    const p = flow.screenToFlowPosition({ x: clientX, y: clientY });
    const cell = cellAt(l, p);
    return cell ? { cell: { laneId: cell.laneId, stageId: cell.stageId }, y: p.y } : null;
  };

  const startDrag = (type: CardType) => (e: React.PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    const el = e.currentTarget;
    const origin = { x: e.clientX, y: e.clientY };
    let dragging = false;
    el.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      if (!dragging && Math.hypot(ev.clientX - origin.x, ev.clientY - origin.y) < 5) return;
      dragging = true;
      setGhost({ type, x: ev.clientX, y: ev.clientY });
      store.getState().setDropTarget(targetAt(ev.clientX, ev.clientY)?.cell ?? null);
    };
    const end = (ev: PointerEvent, drop: boolean) => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', cancel);
      setGhost(null);
      store.getState().setDropTarget(null);
      if (!dragging || !drop) return;
      // Suppress the click that follows a drag.
      el.addEventListener('click', (c) => c.stopImmediatePropagation(), { capture: true, once: true });
      const hit = targetAt(ev.clientX, ev.clientY);
      const doc = store.getState().doc;
      const l = layout.get();
      if (hit && doc && l) place(type, hit.cell, insertionIndex(doc, l, hit.cell, hit.y));
    };
    const up = (ev: PointerEvent) => end(ev, true);
    const cancel = (ev: PointerEvent) => end(ev, false);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', cancel);
  };

  const addToActiveCell = (type: CardType) => {
    const s = store.getState();
    const lane =
      s.doc?.lanes.find((l) => l.type === 'cards' && !l.hidden && l.cardType === type) ??
      s.doc?.lanes.find((l) => l.type === 'cards' && !l.hidden);
    const cell = s.activeCell ?? (lane && s.doc ? { laneId: lane.id, stageId: s.doc.stages[0]!.id } : null);
    if (cell) place(type, cell);
  };

  return (
    <aside className="palette" aria-label={t('palette.label')}>
      <CollapseButton panel="palette" />
      {groups.map((g) => (
        <section key={g.id} className="palette-group">
          <h2>{t(`palette.groups.${g.id}`)}</h2>
          {g.types.map((type) => (
            <button
              key={type}
              type="button"
              className="palette-item"
              style={cardStyleVars(cardStyle({ type }))}
              aria-label={t('palette.item', { type: CARD_TYPE_LABELS[type][language] })}
              onPointerDown={startDrag(type)}
              onClick={() => addToActiveCell(type)}
            >
              <span className="palette-icon" aria-hidden="true">
                {CARD_ICONS[type]}
              </span>
              {CARD_TYPE_LABELS[type][language]}
            </button>
          ))}
        </section>
      ))}
      {ghost && (
        <div
          className="palette-ghost card"
          style={{ ...cardStyleVars(cardStyle({ type: ghost.type })), left: ghost.x, top: ghost.y }}
          aria-hidden="true"
        >
          <span className="card-icon">{CARD_ICONS[ghost.type]}</span> {CARD_TYPE_LABELS[ghost.type][language]}
        </div>
      )}
    </aside>
  );
}
