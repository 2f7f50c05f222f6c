import { METRICS } from '../layout/metrics';
import type { CardColor, CardType } from '../model/constants';
import type { Card } from '../model/types';
import { COLOR_STYLE, EVIDENCE_STYLE, TYPE_STYLE } from './palette';

/** The mark before a card's type label: glyphs of the bundled symbols face (shared/render/typeface.ts). */
export const CARD_ICONS: Record<CardType, string> = {
  touchpoint: '◉',
  action: '▶',
  thought: '…',
  emotion: '♥',
  'pain-point': '⚠',
  opportunity: '★',
  evidence: '▣',
  frontstage: '◐',
  backstage: '◑',
  support: '⚙',
  note: '✎',
};

/** `a` mixed with `b`, `share` of `a` (as CSS color-mix in sRGB). */
function mix(a: string, b: string, share: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(a, i) * share + channel(b, i) * (1 - share)));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** How a card looks wherever it is drawn: the canvas, exports, the thumbnail, slides, the viewer, phones. */
export interface CardLook {
  /** The type (or chosen colour) bar down the left edge, and the icon's colour. */
  bar: string;
  /** The card's background. */
  tint: string;
  /** The thin outline: the bar's colour, lightened. */
  border: string;
  /** The type label's ink: the bar's colour, darkened to read on the tint. */
  label: string;
  /** The card's text. */
  ink: string;
  /** The evidence chip, when someone has said how the card is known. */
  evidence: { fill: string; ink: string; dashed: string | null } | null;
  icon: string;
  barWidth: number;
  borderWidth: number;
  radius: number;
  paddingX: number;
  paddingY: number;
  text: { size: number; lineHeight: number };
  head: { size: number; weight: number; letterSpacing: number; uppercase: true };
}

const INK = '#1d2330';

/** One card's look: its chosen colour over its type's, and the metrics its text is laid out with. */
export function cardStyle(
  card: Pick<Card, 'type'> & { color?: CardColor | null; evidence?: Card['evidence'] },
): CardLook {
  const { bar, tint } = card.color ? COLOR_STYLE[card.color] : TYPE_STYLE[card.type];
  return {
    bar,
    tint,
    border: mix(bar, '#ffffff', 0.35),
    label: mix(bar, '#000000', 0.8),
    ink: INK,
    evidence: card.evidence ? EVIDENCE_STYLE[card.evidence] : null,
    icon: CARD_ICONS[card.type],
    barWidth: 5,
    borderWidth: 1,
    radius: 8,
    paddingX: METRICS.cardPaddingX,
    paddingY: METRICS.cardPaddingY,
    text: { size: METRICS.fontSize, lineHeight: METRICS.lineHeight },
    head: { size: 11, weight: 700, letterSpacing: 0.03, uppercase: true },
  };
}

/**
 * The look as CSS custom properties, set on the card's element: the style sheets read only these
 * (no card colour, padding or text size is written in CSS), so the screen cannot drift from the
 * exports.
 */
export function cardStyleVars(look: CardLook): Record<`--${string}`, string> {
  return {
    '--type': look.bar,
    '--tint': look.tint,
    '--card-border': look.border,
    '--card-label': look.label,
    '--card-ink': look.ink,
    '--card-bar-width': `${look.barWidth}px`,
    '--card-border-width': `${look.borderWidth}px`,
    '--card-radius': `${look.radius}px`,
    '--card-pad-x': `${look.paddingX}px`,
    '--card-pad-y': `${look.paddingY}px`,
    '--card-text-size': `${look.text.size}px`,
    '--card-line-height': `${look.text.lineHeight}px`,
    '--card-head-size': `${look.head.size}px`,
    '--card-head-weight': String(look.head.weight),
    '--card-head-spacing': `${look.head.letterSpacing}em`,
    ...(look.evidence
      ? {
          '--evidence-fill': look.evidence.fill,
          '--evidence-ink': look.evidence.ink,
          '--evidence-border': look.evidence.dashed ? `1px dashed ${look.evidence.dashed}` : 'none',
        }
      : {}),
  };
}
