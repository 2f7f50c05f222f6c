import { pictureBlockHeight } from '../../../shared/layout/text';
import { computeLayout } from '../../../shared/layout/computeLayout';
import { METRICS } from '../../../shared/layout/metrics';
import { hasCardFooter } from '../../../shared/layout/text';
import { reportPersona } from '../../../shared/model/persona';
import type { JourneyMap } from '../../../shared/model/types';
import type { Band } from './display/band';
import { cardItems } from './display/cards';
import { connectorItems } from './display/connectors';
import { stageHeaders, stepBand } from './display/headers';
import { laneBands } from './display/lanes';
import { titleBlock } from './display/titleBlock';
import type { DisplayList, DisplayOptions } from './display/types';
import type { FontMetrics } from './fontMetrics';
import { wrapText } from './wrapText';

export type { CompareMarks, DisplayList, DisplayOptions, Item } from './display/types';

/**
 * Everything an export draws, as simple shapes in map coordinates, built from the document and
 * shared/layout (never from the DOM). The SVG and PDF writers only translate these shapes, so
 * both show the same cards in the same places as the canvas. Each band has its own builder in
 * ./display: title block, stage headers, lanes (labels, cells, metrics, emotion curve, blueprint
 * lines), cards, connectors.
 */
export function buildDisplayList(doc: JourneyMap, m: FontMetrics, options: DisplayOptions = {}): DisplayList {
  const margin = options.margin ?? 24;
  const cardText = new Map<string, string[]>();
  const innerOf = (w: number) => w - 2 * METRICS.cardPaddingX - 2;
  const layout = computeLayout(doc, {
    hiddenLanes: 'omit',
    roomToAdd: false,
    ...options.layout,
    // Card heights from the export font's real widths, so no text leaves its card.
    measure: (card, width) => {
      const lines = wrapText(card.text, innerOf(width), (s) => m.width(s, METRICS.fontSize));
      cardText.set(card.id, lines);
      const footer = hasCardFooter(card) ? METRICS.footerHeight : 0;
      const picture = pictureBlockHeight(card, width);
      return (
        2 * METRICS.cardPaddingY + 2 + picture + METRICS.cardHeaderHeight + lines.length * METRICS.lineHeight + footer
      );
    },
  });
  const persona = options.persona ?? reportPersona(doc.persona, null);
  const date = options.date ?? new Date();
  const head =
    options.titleBlock === false
      ? { items: [], height: 0 }
      : titleBlock(doc, persona, m, margin, margin, layout.width, date, options.compare);
  const offset = { x: margin, y: margin + head.height };
  const band: Band = {
    doc,
    layout,
    m,
    lang: doc.language,
    X: (x) => offset.x + x,
    Y: (y) => offset.y + y,
    options,
    cardText,
  };
  const cards = cardItems(band);
  return {
    width: layout.width + 2 * margin,
    height: layout.height + head.height + 2 * margin,
    items: [
      ...head.items,
      ...stageHeaders(band),
      ...laneBands(band),
      ...stepBand(band),
      ...cards.items,
      ...connectorItems(band, cards.placed),
    ],
    cards: cards.placed,
    layout,
    offset,
    title: (width) => titleBlock(doc, persona, m, 0, 0, width, date, options.compare),
    metrics: m,
    footer: { title: doc.title, language: doc.language, date },
  };
}
