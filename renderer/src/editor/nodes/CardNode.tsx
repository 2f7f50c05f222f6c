import type { NodeProps } from '@xyflow/react';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { METRICS } from '../../../../shared/layout/metrics';
import { updateCard } from '../../../../shared/model/operations';
import { CARD_TYPE_LABELS, EVIDENCE_LABELS } from '../../../../shared/templates/labels';
import { useServices, useWaymark } from '../../app/ServicesContext';
import type { CardNode as CardNodeType } from '../buildNodes';

/** Vertical padding plus border of .card (styles.css), outside the measured content box. */
const CARD_CHROME = 2 * METRICS.cardPaddingY + 2;

function CardEditor({ id, initial }: { id: string; initial: string }) {
  const { store } = useServices();
  const [text, setText] = useState(initial);
  const done = useRef(false);
  const commit = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save && text !== initial) store.getState().change((doc) => updateCard(doc, id, { text }));
    store.getState().startEditing(null);
  };
  return (
    <textarea
      className="card-editor nodrag nowheel nopan"
      aria-label="Card text"
      autoFocus
      value={text}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => commit(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') commit(false);
        else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          commit(true);
        }
      }}
    />
  );
}

/**
 * Subscribes to its own card only, so an edit re-renders one card, not the map. Reports its
 * rendered height when the text needs more room than the layout estimated.
 */
export const CardNode = memo(function CardNode({ data, width }: NodeProps<CardNodeType>) {
  const { store } = useServices();
  const card = useWaymark((s) => s.doc?.cards.find((c) => c.id === data.cardId));
  const language = useWaymark((s) => s.doc?.language ?? 'en');
  const selected = useWaymark((s) => s.selectedCardIds.includes(data.cardId));
  const editing = useWaymark((s) => s.editingCardId === data.cardId);
  const body = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = body.current;
    if (!el || width === undefined) return;
    // The content box is not stretched to the node, so it reports the height the text needs.
    const observer = new ResizeObserver(() =>
      store.getState().reportCardHeight(data.cardId, width, Math.ceil(el.offsetHeight) + CARD_CHROME),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [store, data.cardId, width]);

  if (!card) return null;
  return (
    <div
      className={`card card-${card.type} ${selected ? 'is-selected' : ''}`}
      role="group"
      aria-label={`${CARD_TYPE_LABELS[card.type][language]}: ${card.text || 'empty card'}`}
      onClick={(e) => {
        e.stopPropagation();
        store.getState().select([card.id]);
      }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        store.getState().startEditing(card.id);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !editing) {
          e.preventDefault();
          store.getState().startEditing(card.id);
        }
      }}
    >
      <div ref={body} className="card-content">
        <div className="card-head">
          <span className="card-type">{CARD_TYPE_LABELS[card.type][language]}</span>
          <span
            className={`evidence evidence-${card.evidence}`}
            title={`Evidence: ${EVIDENCE_LABELS[card.evidence].en}`}
          >
            {EVIDENCE_LABELS[card.evidence][language]}
          </span>
        </div>
        {editing ? (
          <CardEditor id={card.id} initial={card.text} />
        ) : (
          <p className="card-text">{card.text || <span className="placeholder">Double-click to write</span>}</p>
        )}
      </div>
    </div>
  );
});
