import { DETAIL_GLYPH, INSIGHT_GLYPH } from '../../../shared/templates/exportWords';
/** Symbols drawn on small buttons; the buttons carry translated labels, these are not words. */
export const GLYPHS = {
  rename: '✎',
  close: '×',
  /** Divides a stage into one more step. */
  addStep: '⫼',
  collapsed: '▸',
  expanded: '▾',
  add: '+',
  previous: '‹',
  next: '›',
  up: '▲',
  down: '▼',
  fold: '▴',
  unfold: '▾',
  /** A card that opens into a detail journey. */
  detail: DETAIL_GLYPH,
  /** A card backed by research: the insights it cites. */
  insight: INSIGHT_GLYPH,
} as const;
