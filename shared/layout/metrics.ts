/** Canvas geometry in CSS pixels at zoom 1. The canvas and the exporters share these. */
export const METRICS = {
  laneLabelWidth: 200,
  headerHeight: 56,
  stageWidth: 260,
  /** A step's column when its stage has no width of its own: a stage of n steps is n of these. */
  stepWidth: 220,
  /** The band of step names under the stage headers (only when some stage has steps). */
  stepHeaderHeight: 32,
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

/**
 * A card in the projector's spotlight: its text only (the colour bar and icon-less body say
 * the type; the type label, channel and owner are left to the editor), padded less, so a
 * stage's lanes fit the screen at 24 px text. The canvas CSS (spotlight.css) draws the same.
 */
export const SPOTLIGHT_CARD = { paddingY: 6, cellPadding: 8 } as const;

/** A card's spotlight height from its editor height (which has a type label, maybe a footer). */
export function spotlightCardHeight(editorHeight: number, footer: boolean): number {
  return (
    editorHeight -
    METRICS.cardHeaderHeight -
    (footer ? METRICS.footerHeight : 0) -
    2 * (METRICS.cardPaddingY - SPOTLIGHT_CARD.paddingY)
  );
}
