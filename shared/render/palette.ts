import type { CardColor, CardType, OpportunityStatus, PersonaColour } from '../model/constants';

/**
 * The colours of each card type and of each colour a person may choose (type bar, tinted
 * background). Read only through the card look (shared/render/cardStyle.ts), which every surface
 * draws from: the canvas, exports, slides, the viewer and the phone page.
 */
export const TYPE_STYLE: Record<CardType, { bar: string; tint: string }> = {
  touchpoint: { bar: '#2563eb', tint: '#eef4ff' },
  action: { bar: '#475569', tint: '#f4f6f9' },
  thought: { bar: '#7c3aed', tint: '#f5f0ff' },
  emotion: { bar: '#d97706', tint: '#fff7e8' },
  'pain-point': { bar: '#dc2626', tint: '#fff0f0' },
  opportunity: { bar: '#16a34a', tint: '#edfbf2' },
  evidence: { bar: '#0f766e', tint: '#eafaf7' },
  frontstage: { bar: '#0284c7', tint: '#ebf7fd' },
  backstage: { bar: '#4338ca', tint: '#efefff' },
  support: { bar: '#57534e', tint: '#f5f4f2' },
  note: { bar: '#ca8a04', tint: '#fffbe6' },
};

/** Each persona's curve: its line and points, and the tint behind its legend chip. */
export const PERSONA_STYLE: Record<PersonaColour, { ink: string; tint: string }> = {
  amber: { ink: '#d97706', tint: '#fef3c7' },
  blue: { ink: '#2563eb', tint: '#dbeafe' },
  green: { ink: '#059669', tint: '#d1fae5' },
  purple: { ink: '#7c3aed', tint: '#ede9fe' },
  rose: { ink: '#e11d48', tint: '#ffe4e6' },
};

export const COLOR_STYLE: Record<CardColor, { bar: string; tint: string }> = {
  yellow: { bar: '#ca8a04', tint: '#fef9c3' },
  orange: { bar: '#ea580c', tint: '#ffedd5' },
  red: { bar: '#dc2626', tint: '#fee2e2' },
  pink: { bar: '#db2777', tint: '#fce7f3' },
  purple: { bar: '#7c3aed', tint: '#ede9fe' },
  blue: { bar: '#2563eb', tint: '#dbeafe' },
  teal: { bar: '#0d9488', tint: '#ccfbf1' },
  green: { bar: '#16a34a', tint: '#dcfce7' },
  gray: { bar: '#57534e', tint: '#f5f5f4' },
};

/** The evidence chip on a card; an assumption is outlined dashed (not yet checked). */
export const EVIDENCE_STYLE: Record<
  'observed' | 'assumed' | 'proposed',
  { fill: string; ink: string; dashed: string | null }
> = {
  observed: { fill: '#d4f2e2', ink: '#0d5c3b', dashed: null },
  assumed: { fill: '#fdebc8', ink: '#7a4a00', dashed: '#c9902c' },
  proposed: { fill: '#dfe7fb', ink: '#1c3f94', dashed: null },
};

/** Change marks of a comparison (future vs current state), in exports. */
export const CHANGE_STYLE = {
  added: { fill: '#d4f2e2', ink: '#0d5c3b', outline: '#18794e' },
  changed: { fill: '#fdebc8', ink: '#7a4a00', outline: '#c2410c' },
  removed: { fill: '#fde2e1', ink: '#9b1c1c', outline: '#b42318' },
} as const;

/** An opportunity's point in the value/effort matrix, by where it stands: on screen, the slide and the PDF page. */
export const OPPORTUNITY_INK: Record<OpportunityStatus, string> = {
  idea: '#2456d6',
  planned: '#2456d6',
  'in-progress': '#18794e',
  done: '#5b6475',
  dropped: '#5b6475',
};
