import type PptxGenJS from 'pptxgenjs';
import type { Language } from '../../../../shared/model/constants';
import { OFFICE_FONT } from '../../../../shared/render/typeface';
import type { FontMetrics } from '../fontMetrics';
import { wrapText } from '../wrapText';

export type SlideAspect = '16:9' | '4:3';

/** Slide sizes in inches, as PowerPoint's own 16:9 and 4:3 layouts. */
export const SLIDE = {
  '16:9': { w: 10, h: 5.625, layout: 'LAYOUT_16x9' },
  '4:3': { w: 10, h: 7.5, layout: 'LAYOUT_4x3' },
} as const;
export type SlideSize = (typeof SLIDE)[SlideAspect];

/** Outer margin of every slide, inches. */
export const MARGIN = 0.35;
/** Where a slide's content starts below its title, inches. */
export const CONTENT_TOP = 0.8;
/** Width of the lane-name column on stage and overview slides, inches. */
export const LABEL_W = 1.55;

/**
 * Every text size the deck uses, in points. Nothing on a slide is smaller than `min`, so the
 * back of a meeting room can read it; a card's type label is smaller than its text.
 */
export const SLIDE_TEXT = {
  min: 12,
  cardText: 14,
  cardLabel: 12,
  lane: 12,
  header: 12,
  slideTitle: 20,
  deckTitle: 32,
  subtitle: 16,
  body: 14,
} as const;

/** Line pitch as a multiple of the size: room for Vietnamese stacked marks, set explicitly so every reader spaces lines alike. */
export const LINE = 1.2;
/** Inner margin of a text box, points. */
export const PAD_PT = 4;

/** Text in the map's language, so PowerPoint spell-checks Vietnamese as Vietnamese. */
const LANG: Record<Language, string> = { en: 'en-GB', vi: 'vi-VN' };
/** pptxgenjs marks each run's face as swiss (pitchFamily 34): where the app's face is not installed, Office draws a sans-serif. */
export const textFont = (lang: Language) => ({ fontFace: OFFICE_FONT, lang: LANG[lang] });
export const hex = (c: string) => c.replace('#', '').toUpperCase();

export interface SlideBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Lines of `text` at `size` pt in a box `widthIn` inches wide (its inner margins taken off),
 * measured with the face the deck names. Wrapped a little narrower than the box: where the
 * face is not installed, Office substitutes a sans-serif that may run wider.
 */
export function slideLines(m: FontMetrics, text: string, size: number, bold: boolean, widthIn: number): string[] {
  const width = (widthIn * 72 - 2 * PAD_PT) * 0.9;
  return wrapText(text, width, (s) => m.width(s, size, bold));
}

/** Height in inches of `lines` lines at `size` pt (without the box's margins). */
export const linesHeight = (lines: number, size: number) => (lines * size * LINE) / 72;
/** A box's inner margins, top and bottom, in inches. */
export const PAD_IN = (2 * PAD_PT) / 72;

/**
 * pptxgenjs draws a free path ("custGeom" with `points`) but its type list of shape names
 * leaves it out (4.0.1): named once here, for connectors' elbows and faces' mouths.
 */
export const PATH_SHAPE = 'custGeom' as PptxGenJS.SHAPE_NAME;
