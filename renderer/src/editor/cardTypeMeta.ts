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
