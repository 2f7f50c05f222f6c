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

/** Palette sections; `id` names the heading in the i18n catalogue (`palette.groups.*`). */
export const PALETTE_GROUPS: { id: 'journey' | 'blueprint' | 'other'; types: CardType[] }[] = [
  { id: 'journey', types: ['touchpoint', 'action', 'thought', 'pain-point', 'opportunity'] },
  { id: 'blueprint', types: ['evidence', 'frontstage', 'backstage', 'support'] },
  { id: 'other', types: ['emotion', 'note'] },
];
