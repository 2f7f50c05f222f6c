import type { BlueprintLine, CardType } from '../constants';
import type { Lane } from '../types';

/** Each line separates the lane of one card type (above) from another (below). */
const BETWEEN: Readonly<Record<BlueprintLine, readonly [CardType, CardType]>> = {
  interaction: ['action', 'frontstage'],
  visibility: ['frontstage', 'backstage'],
  'internal-interaction': ['backstage', 'support'],
};

/**
 * Puts every blueprint line back between the lanes it separates after lanes were added or
 * reordered. A line already anywhere between its two lanes stays (a lane the person added
 * there keeps its side of the line); a line on the wrong side moves to just below its upper
 * lane. Lines whose upper lane is gone stay where they are.
 */
export function placeBlueprintLines(lanes: readonly Lane[]): Lane[] {
  const result = [...lanes];
  for (const [line, [aboveType, belowType]] of Object.entries(BETWEEN) as [BlueprintLine, [CardType, CardType]][]) {
    const at = result.findIndex((l) => l.type === 'line' && l.line === line);
    if (at < 0) continue;
    const [lane] = result.splice(at, 1);
    const above = result.findIndex((l) => l.type === 'cards' && l.cardType === aboveType);
    const below = result.findIndex((l) => l.type === 'cards' && l.cardType === belowType);
    const fits = above >= 0 && at > above && (below < 0 || below <= above || at <= below);
    result.splice(above < 0 || fits ? at : above + 1, 0, lane!);
  }
  return result;
}
