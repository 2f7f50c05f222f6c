import { computeLayout } from '../layout/computeLayout';
import { smoothPath } from '../layout/curve';
import type { JourneyMap } from '../model/types';
import { cardStyle } from './cardStyle';

/** Enough cards to show a map's shape; past this a thumbnail only grows, it shows nothing more. */
const MAX_CARDS = 600;
const r = (n: number) => Math.round(n);

/**
 * A small picture of a map for the library and the history panel: the grid, cards as coloured
 * blocks, blueprint lines and the emotion curve, no text (unreadable at this size). Built from
 * the document with the shared layout, so the main process can draw it for maps that were
 * imported, migrated or never opened. Every value written is a number or a fixed colour, so
 * card text can never reach the markup.
 */
export function thumbnailSvg(doc: JourneyMap): string {
  const layout = computeLayout(doc, { hiddenLanes: 'omit' });
  const parts: string[] = [];
  const width = r(layout.width);
  const height = r(layout.height);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  const firstStage = layout.stages[0]?.x ?? 0;
  parts.push(`<rect width="${r(firstStage)}" height="${height}" fill="#f1f5f9"/>`);
  for (const s of layout.stages)
    parts.push(
      `<rect x="${r(s.x + 2)}" y="4" width="${r(s.width - 4)}" height="${r(layout.lanes[0]?.y ?? 40) - 8}" rx="6" fill="#e2e8f0"/>`,
    );
  for (const lane of layout.lanes) {
    if (lane.lane.type === 'line') {
      const mid = r(lane.y + lane.height / 2);
      parts.push(
        `<line x1="0" y1="${mid}" x2="${width}" y2="${mid}" stroke="#334155" stroke-width="4" stroke-dasharray="16 10"/>`,
      );
    } else {
      parts.push(`<line x1="0" y1="${r(lane.y)}" x2="${width}" y2="${r(lane.y)}" stroke="#e2e8f0" stroke-width="2"/>`);
    }
  }
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  for (const box of layout.cards.slice(0, MAX_CARDS)) {
    const card = cards.get(box.id)!;
    const style = cardStyle(card);
    parts.push(
      `<rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.width)}" height="${r(box.height)}" rx="10" fill="${style.bar}" fill-opacity="0.45" stroke="${style.bar}" stroke-width="4"/>`,
    );
  }
  const points = layout.emotion?.points ?? [];
  if (points.length > 1) {
    const d = smoothPath(points.map((p) => ({ x: r(p.x), y: r(p.y) })));
    parts.push(`<path d="${d}" fill="none" stroke="#d97706" stroke-width="6"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMin meet">${parts.join('')}</svg>`;
}
