import { pictureBlockHeight } from '../../../../shared/layout/text';
import { useMemo, useState } from 'react';
import { useStore as useFlowStore } from '@xyflow/react';
import { computeLayout, estimateCardHeight, hasCardFooter, type MapLayout } from '../../../../shared/layout';
import { cardsCovering, type LayoutOptions } from '../../../../shared/layout/computeLayout';
import { spotlightCardHeight } from '../../../../shared/layout/metrics';
import { spotlightFrame } from '../present/presentGeometry';
import type { JourneyMap } from '../../../../shared/model/types';
import { useWaymark } from '../../services/ServicesContext';
import { createTextMeasurer } from './textMeasure';
import { cssFont } from '../../../../shared/render/typeface';

/** Card text's font, from the card look (shared/render/cardStyle.ts) and the bundled typeface. */
const CARD_FONT = cssFont(14);

/**
 * The canvas layout: shared geometry with card heights from the real font metrics, corrected by
 * what the DOM measured where the two still differ (fonts loading late, emoji).
 */
export function useMapLayout(): { doc: JourneyMap | null; layout: MapLayout | null } {
  const doc = useWaymark((s) => s.doc);
  const heights = useWaymark((s) => s.cardHeights);
  const [measureText] = useState(() => createTextMeasurer(CARD_FONT));
  // Presenting one stage lays out that column compactly (shared/layout's focusStage).
  const focusStage = useWaymark((s) => (s.present?.spotlight ? s.doc?.stages[s.present.stage]?.id : undefined));
  // The screen the spotlight fills (React Flow's pane), read only while spotlighting.
  const paneWidth = useFlowStore((s) => (focusStage === undefined ? 0 : s.width));
  const paneHeight = useFlowStore((s) => (focusStage === undefined ? 0 : s.height));
  const layout = useMemo(() => {
    if (!doc) return null;
    const estimate = (card: JourneyMap['cards'][number], width: number) => {
      const footer = hasCardFooter(card);
      const text = measureText ? measureText(card.text, width, footer) : estimateCardHeight(card.text, width, footer);
      // In the spotlight a card shows its text only (spotlight.css).
      const body = focusStage === undefined ? text : spotlightCardHeight(text, footer);
      return body + pictureBlockHeight(card, width);
    };
    const options: LayoutOptions = {
      hiddenLanes: 'collapse',
      measure: (card, width) => {
        const measured = heights[card.id];
        if (measured && Math.abs(measured.width - width) < 1) return measured.height;
        return estimate(card, width);
      },
    };
    if (focusStage === undefined) return computeLayout(doc, options);
    // One stage fills the projector: wider, its cards side by side (presentGeometry.spotlightFrame).
    // The frame is tried at several sizes: only the cards that cover the stage go in (the
    // spotlight places no other), so each try costs one stage's cards, not the whole map's.
    const focus = Math.max(
      0,
      doc.stages.findIndex((s) => s.id === focusStage),
    );
    const stageDoc = { ...doc, cards: cardsCovering(doc, focus) };
    const layoutFor = (width: number | null, cellColumns: number, measure: LayoutOptions['measure']) =>
      computeLayout(
        width === null
          ? stageDoc
          : { ...stageDoc, stages: doc.stages.map((s) => (s.id === focusStage ? { ...s, width } : s)) },
        { ...options, measure, focusStage, cellColumns },
      );
    // The frame is chosen from the text's measured widths alone, so what the screen then measures
    // of the cards cannot tip it to another size and back; the layout itself uses both.
    const frame = spotlightFrame({ width: paneWidth, height: paneHeight }, (width, columns) =>
      layoutFor(width, columns, estimate),
    );
    return layoutFor(frame.width, frame.columns, options.measure);
  }, [doc, heights, measureText, focusStage, paneWidth, paneHeight]);
  return { doc, layout };
}
