import type { CardType } from '../../../shared/model/constants';

/** Glyphs from DejaVu Sans / common UI fonts, so they render without an emoji font. */
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

export const PALETTE_GROUPS: { label: string; types: CardType[] }[] = [
  { label: 'Customer journey', types: ['touchpoint', 'action', 'thought', 'pain-point', 'opportunity'] },
  { label: 'Service blueprint', types: ['evidence', 'frontstage', 'backstage', 'support'] },
  { label: 'Other', types: ['emotion', 'note'] },
];

/** Type colours for drawing outside CSS (the overview canvas); the same values as styles.css. */
export const CARD_COLORS_HEX: Record<CardType, string> = {
  touchpoint: '#2563eb',
  action: '#475569',
  thought: '#7c3aed',
  emotion: '#d97706',
  'pain-point': '#dc2626',
  opportunity: '#16a34a',
  evidence: '#0f766e',
  frontstage: '#0284c7',
  backstage: '#4338ca',
  support: '#57534e',
  note: '#ca8a04',
};
