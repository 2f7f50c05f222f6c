import { useMemo } from 'react';
import { computeLayout, estimateCardHeight, type MapLayout } from '../../../shared/layout';
import type { JourneyMap } from '../../../shared/model/types';
import { useWaymark } from '../app/ServicesContext';

/** The canvas layout: the shared geometry, with card heights the DOM measured where it needed more. */
export function useMapLayout(): { doc: JourneyMap | null; layout: MapLayout | null } {
  const doc = useWaymark((s) => s.doc);
  const heights = useWaymark((s) => s.cardHeights);
  const layout = useMemo(() => {
    if (!doc) return null;
    return computeLayout(doc, {
      hiddenLanes: 'collapse',
      measure: (card, width) => {
        const measured = heights[card.id];
        return measured && Math.abs(measured.width - width) < 1
          ? measured.height
          : estimateCardHeight(card.text, width, card.channel !== null || card.owner !== '');
      },
    });
  }, [doc, heights]);
  return { doc, layout };
}
