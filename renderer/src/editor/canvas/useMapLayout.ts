import { pictureBlockHeight } from '../../../../shared/layout/text';
import { useMemo, useState } from 'react';
import { computeLayout, estimateCardHeight, hasCardFooter, type MapLayout } from '../../../../shared/layout';
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
  const layout = useMemo(() => {
    if (!doc) return null;
    return computeLayout(doc, {
      hiddenLanes: 'collapse',
      ...(focusStage === undefined ? {} : { focusStage }),
      measure: (card, width) => {
        const measured = heights[card.id];
        if (measured && Math.abs(measured.width - width) < 1) return measured.height;
        const footer = hasCardFooter(card);
        const text = measureText ? measureText(card.text, width, footer) : estimateCardHeight(card.text, width, footer);
        return text + pictureBlockHeight(card, width);
      },
    });
  }, [doc, heights, measureText, focusStage]);
  return { doc, layout };
}
