import { METRICS } from '../../../../shared/layout/metrics';

/**
 * Card heights from the real font metrics (a 2D canvas measures text without layout), so the
 * first layout already matches what the DOM renders and a large map is laid out once, not
 * twice. Wrapping mirrors the card CSS: pre-wrap, breaking long words anywhere.
 */
export function createTextMeasurer(font: string) {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  if (!ctx) return null;
  ctx.font = font;
  const width = (s: string) => ctx.measureText(s).width;
  const space = width(' ');

  const lines = (text: string, max: number): number => {
    let count = 0;
    for (const paragraph of text.split('\n')) {
      let line = 0;
      let n = 1;
      for (const word of paragraph.split(' ')) {
        let w = width(word);
        const needed = line === 0 ? w : line + space + w;
        if (needed <= max) {
          line = needed;
          continue;
        }
        if (line > 0) n += 1;
        // A word wider than the line breaks across lines.
        while (w > max) {
          n += 1;
          w -= max;
        }
        line = w;
      }
      count += n;
    }
    return Math.max(1, count);
  };

  return (text: string, boxWidth: number, footer: boolean): number => {
    const key = `${boxWidth}|${footer ? 1 : 0}|${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const inner = boxWidth - 2 * METRICS.cardPaddingX - 2;
    const h =
      2 * METRICS.cardPaddingY +
      2 +
      METRICS.cardHeaderHeight +
      lines(text, inner) * METRICS.lineHeight +
      (footer ? METRICS.footerHeight : 0);
    if (cache.size > 20_000) cache.clear();
    cache.set(key, h);
    return h;
  };
}
