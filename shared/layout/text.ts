import { pictureHeight } from '../model/pictures';
import type { Card } from '../model/types';
import { METRICS } from './metrics';

/**
 * Estimates how many lines text wraps to in a box, greedily by words, so the layout can size
 * cells without a DOM. It errs towards more lines: a cell a little too tall is harmless,
 * clipped text is not.
 */
export function estimateLines(text: string, width: number, charWidth: number = METRICS.avgCharWidth): number {
  const perLine = Math.max(1, Math.floor(width / charWidth));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let len = word.length;
      // A word longer than a line breaks across lines.
      while (len > perLine) {
        if (used > 0) count += 1;
        len -= perLine;
        used = 0;
        count += 1;
      }
      const need = used === 0 ? len : used + 1 + len;
      if (need > perLine) {
        count += 1;
        used = len;
      } else used = need;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/**
 * Whether a card shows a meta line under its text: the detail journey it opens into, moment of
 * truth, provider, channel, owner, tags.
 */
export function hasCardFooter(
  card: Pick<Card, 'channel' | 'owner' | 'provider' | 'moment' | 'tags' | 'detail'>,
): boolean {
  return (
    card.detail !== null ||
    card.channel !== null ||
    card.owner !== '' ||
    card.provider !== null ||
    card.moment ||
    card.tags.length > 0
  );
}

/** Space between a card's picture and its head. */
export const PICTURE_GAP = 6;

/** The height a card's picture takes at the top of a card `width` wide (0 without one). */
export function pictureBlockHeight(card: Pick<Card, 'picture'>, width: number): number {
  return card.picture ? pictureHeight(card.picture, width - 2 * METRICS.cardPaddingX) + PICTURE_GAP : 0;
}

/** `footer` is true when the card shows a channel or owner line under its text. */
export function estimateCardHeight(text: string, width: number, footer = false): number {
  const inner = width - 2 * METRICS.cardPaddingX;
  const lines = estimateLines(text, inner);
  return (
    2 * METRICS.cardPaddingY +
    METRICS.cardHeaderHeight +
    lines * METRICS.lineHeight +
    (footer ? METRICS.footerHeight : 0)
  );
}

/**
 * The height a lane's label needs to show its whole name (wrapped, never cut): top padding,
 * its lines of 13 px bold text, and the row of lane buttons under it.
 */
export function laneLabelHeight(name: string): number {
  const lines = estimateLines(name, METRICS.laneLabelWidth - 28, 8);
  return 12 + lines * 17 + 36;
}
