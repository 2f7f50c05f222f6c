/** Canvas geometry in CSS pixels at zoom 1. The canvas and the exporters share these. */
export const METRICS = {
  laneLabelWidth: 200,
  headerHeight: 56,
  stageWidth: 260,
  cellPadding: 12,
  cardGap: 10,
  minLaneHeight: 96,
  emotionLaneHeight: 180,
  lineLaneHeight: 36,
  metricsLaneHeight: 132,
  collapsedLaneHeight: 30,
  cardPaddingX: 12,
  cardPaddingY: 10,
  /** Room for the card's type label above its text. */
  cardHeaderHeight: 18,
  lineHeight: 20,
  /** The channel / owner line under a card's text. */
  footerHeight: 22,
  fontSize: 14,
  /** Average advance of a 14 px sans-serif glyph, Vietnamese diacritics included. */
  avgCharWidth: 7.6,
} as const;
