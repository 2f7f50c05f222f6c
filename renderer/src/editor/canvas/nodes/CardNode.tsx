import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { Language } from '../../../../../shared/model/constants';
import { memo, useContext, useLayoutEffect, useMemo, useRef } from 'react';
import { METRICS } from '../../../../../shared/layout/metrics';
import {
  CARD_HEAD_LABELS,
  CARD_TYPE_LABELS,
  CHANNEL_LABELS,
  EVIDENCE_LABELS,
  MOMENT_LABEL,
  PROVIDER_LABELS,
} from '../../../../../shared/templates/labels';
import { dotsByCard } from '../../../../../shared/model/ops/feedback';
import { concerns } from '../../../../../shared/model/ops/personas';
import { hasCardFooter } from '../../../../../shared/layout/text';
import { detailLine } from '../../../../../shared/templates/exportWords';
import { useServices, useWaymark } from '../../../services/ServicesContext';
import type { CardNode as CardNodeType } from '../buildNodes';
import { CARD_ICONS, cardStyle, cardStyleVars } from '../../../../../shared/render/cardStyle';
import { FarZoomContext } from '../FarZoomContext';
import { countRender } from '../renderCounter';
import { CardEditor } from './CardEditor';
import { CardPicture } from '../../pictures/CardPicture';
import { imageFile, setCardPicture } from '../../pictures/cardPicture';
import { useCanvasText } from '../../../i18n/canvasText';
import { DetailBadge } from '../../detail/DetailBadge';
import { GLYPHS } from '../../glyphs';
import { openDetail } from '../../detail/detailMaps';
import { INSIGHT_DRAG_TYPE, citeOnCards } from '../../insights/citedInsights';

/** Vertical padding plus border of a card (shared/render/cardStyle.ts), outside the measured content box. */
const CARD_CHROME = 2 * METRICS.cardPaddingY + 2;

/**
 * One card. Its data is the card itself, so React Flow re-renders only the cards that changed.
 * It reports its rendered height when the text needs more room than the layout estimated.
 */
/** The hidden top/bottom anchors vertical connectors attach to (the edge picks them by id). */
const ANCHORS = [
  ['target', Position.Top, 'in-top'],
  ['target', Position.Bottom, 'in-bottom'],
  ['source', Position.Bottom, 'out-bottom'],
  ['source', Position.Top, 'out-top'],
] as const;

/** The map a card opens into, named on its meta line as the exports name it. */
function CardDetailName({ mapId, language }: { mapId: string; language: Language }) {
  const title = useWaymark((s) => s.libraryTitles?.[mapId]);
  const known = useWaymark((s) => s.libraryTitles !== null);
  return (
    <span className={`card-detail-name ${known && title === undefined ? 'is-broken' : ''}`}>
      {known ? detailLine(title, language) : GLYPHS.detail}
    </span>
  );
}

/** The meta line under a card's text: detail journey, moment of truth, whose, channel, owner, tags. */
function CardMeta({ card, language }: { card: CardNodeType['data']['card']; language: Language }) {
  return (
    <p className="card-meta">
      {card.detail && <CardDetailName mapId={card.detail} language={language} />}
      {card.moment && <span className="card-moment">{MOMENT_LABEL[language]}</span>}
      {card.provider && (
        <span className={`card-provider provider-${card.provider}`}>{PROVIDER_LABELS[card.provider][language]}</span>
      )}
      {card.channel && <span className="card-channel">{CHANNEL_LABELS[card.channel][language]}</span>}
      {card.owner && <span className="card-owner">{card.owner}</span>}
      {card.tags.map((tag) => (
        <span key={tag} className="card-tag">
          #{tag}
        </span>
      ))}
    </p>
  );
}

/** The line above a card's text: its type, the room's dots, how it is known, its research, its detail journey. */
function CardHead({ card, language }: { card: CardNodeType['data']['card']; language: Language }) {
  const { t, language: uiLanguage } = useCanvasText();
  const dots = useWaymark((s) => (s.doc ? (dotsByCard(s.doc.votes).get(card.id) ?? 0) : 0));
  const typeLabel = CARD_HEAD_LABELS[card.type][language];
  return (
    <div className="card-head">
      <span className="card-type">
        <span className="card-icon" aria-hidden="true">
          {CARD_ICONS[card.type]}
        </span>
        {typeLabel}
      </span>
      {dots > 0 && (
        <span className="card-dots" title={t('card.dots', { count: dots })}>
          {t('card.dotCount', { count: dots })}
        </span>
      )}
      {/* No chip until someone says how the card is known. */}
      {card.evidence && (
        <span className="evidence" title={t('card.evidence', { status: EVIDENCE_LABELS[card.evidence][uiLanguage] })}>
          {EVIDENCE_LABELS[card.evidence][language]}
        </span>
      )}
      {card.insights.length > 0 && (
        <span className="card-insights-count" title={t('card.insights', { count: card.insights.length })}>
          {GLYPHS.insight}
          {card.insights.length}
        </span>
      )}
      {card.detail && <DetailBadge mapId={card.detail} />}
    </div>
  );
}

export const CardNode = memo(
  function CardNode({ data, width, height, selected }: NodeProps<CardNodeType>) {
    countRender();
    const services = useServices();
    const { api, store } = services;
    const { t, fixed } = useCanvasText();
    const { card, language } = data;
    const editing = useWaymark((s) => s.editingCardId === card.id);
    // Silent brainstorm: the projector shows that cards came in, not what they say.
    const veiled = useWaymark((s) => s.present !== null && s.room?.hidden.has(card.id) === true);
    const far = useContext(FarZoomContext) && !editing;
    // One persona's view: the cards that do not concern that persona step back.
    const otherPersona = useWaymark((s) => s.personaFocus !== null && !concerns(card, s.personaFocus));
    const body = useRef<HTMLDivElement>(null);

    useLayoutEffect(() => {
      const el = body.current;
      if (!el || width === undefined) return;
      // The content box is not stretched to the node, so it reports the height the text needs.
      const observer = new ResizeObserver(() => {
        const needed = Math.ceil(el.offsetHeight) + CARD_CHROME;
        // Only a real difference from the layout's height is worth another layout pass.
        if (height === undefined || Math.abs(needed - height) >= 2)
          store.getState().reportCardHeight(card.id, width, needed);
      });
      observer.observe(el);
      return () => observer.disconnect();
    }, [store, card.id, width, height, far]);

    // The card's look, declared once (shared/render/cardStyle.ts), reaches the CSS as custom properties.
    const look = useMemo(
      () => cardStyleVars(cardStyle({ type: card.type, color: card.color, evidence: card.evidence })),
      [card.type, card.color, card.evidence],
    );
    return (
      <div
        style={look}
        className={`card ${selected ? 'is-selected' : ''} ${far ? 'is-far-card' : ''} ${data.flag ? 'is-flagged' : ''} ${veiled ? 'is-veiled' : ''} ${otherPersona ? 'is-other-persona' : ''}`}
        title={data.flag}
        role="group"
        tabIndex={0}
        data-card-id={card.id}
        aria-label={t('card.label', {
          type: CARD_TYPE_LABELS[card.type][language],
          text: card.text || fixed['card.empty'],
        })}
        onDragOver={(e) => {
          // A picture dragged from the desktop lands on this card, and so does an insight from the panel.
          if (e.dataTransfer.types.includes('Files') || e.dataTransfer.types.includes(INSIGHT_DRAG_TYPE))
            e.preventDefault();
        }}
        onDrop={(e) => {
          const insight = e.dataTransfer.getData(INSIGHT_DRAG_TYPE);
          if (insight) {
            e.preventDefault();
            e.stopPropagation();
            citeOnCards(store, [card.id], [insight]);
            return;
          }
          const file = imageFile(e.dataTransfer);
          if (!file || store.getState().readOnly) return;
          e.preventDefault();
          e.stopPropagation();
          void setCardPicture(api, store, card.id, file);
        }}
        onDoubleClick={(e) => {
          e.stopPropagation();
          store.getState().startEditing(card.id);
        }}
        onClick={(e) => {
          // Ctrl/Cmd+click opens the card's detail journey.
          if ((e.ctrlKey || e.metaKey) && card.detail) void openDetail(services, card.detail);
        }}
        onFocus={(e) => {
          // Keyboard focus (Tab) selects; a click's focus must not undo a shift-click selection.
          if (e.currentTarget.matches(':focus-visible') && !store.getState().selectedCardIds.includes(card.id))
            store.getState().select([card.id]);
        }}
        onKeyDown={(e) => {
          if ((e.key === 'Enter' || e.key === 'F2') && !editing) {
            e.preventDefault();
            store.getState().startEditing(card.id);
          }
        }}
      >
        <Handle
          type="target"
          position={Position.Left}
          id="in"
          className="card-handle"
          // A handle is pressed and dragged: a button to assistive technology (a bare div may not carry a label).
          role="button"
          aria-label={fixed['card.connectInto']}
        />
        {/* Top-to-bottom links (blueprint support arrows) attach here; not drag targets of their own. */}
        {data.vertical && (
          <>
            {ANCHORS.map(([type, position, id]) => (
              <Handle
                key={id}
                type={type}
                position={position}
                id={id}
                className="card-handle is-anchor"
                aria-hidden="true"
                isConnectable={false}
              />
            ))}
          </>
        )}
        {!far && (
          <div ref={body} className="card-content">
            {card.picture && width !== undefined && <CardPicture picture={card.picture} width={width} />}
            <CardHead card={card} language={language} />
            {editing ? (
              <CardEditor id={card.id} initial={card.text} />
            ) : (
              <p className="card-text">
                {card.text || <span className="placeholder">{fixed['card.placeholder']}</span>}
              </p>
            )}
            {hasCardFooter(card) && <CardMeta card={card} language={language} />}
          </div>
        )}
        <Handle
          type="source"
          position={Position.Right}
          id="out"
          className="card-handle"
          role="button"
          aria-label={fixed['card.connectFrom']}
        />
      </div>
    );
  },
  // A card that only moved (a card added above it, a lane that grew) has nothing new to draw: React
  // Flow places it. Position props are left out, so a room's stream of new cards re-renders only them.
  (a, b) => a.data === b.data && a.width === b.width && a.height === b.height && a.selected === b.selected,
);
