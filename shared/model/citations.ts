import type { LibraryInsight } from './insight';
import type { Card, JourneyMap } from './types';

/** The insights a map's cards cite, numbered for a report: [1] is the first one cited when the map is read. */
export interface Citations {
  /** The insights in number order ([1] first); an id the library no longer has is left out. */
  order: readonly LibraryInsight[];
  numberOf: ReadonlyMap<string, number>;
}

/** Cards in reading order: stage by stage, lane by lane, top to bottom. */
function readingOrder(doc: Pick<JourneyMap, 'stages' | 'lanes' | 'cards'>): Card[] {
  const stage = new Map(doc.stages.map((s, i) => [s.id, i]));
  const lane = new Map(doc.lanes.map((l, i) => [l.id, i]));
  return [...doc.cards].sort(
    (a, b) =>
      (stage.get(a.stageId) ?? 0) - (stage.get(b.stageId) ?? 0) ||
      (lane.get(a.laneId) ?? 0) - (lane.get(b.laneId) ?? 0) ||
      a.order - b.order,
  );
}

export function citations(
  doc: Pick<JourneyMap, 'stages' | 'lanes' | 'cards'>,
  insights: readonly LibraryInsight[],
): Citations {
  const known = new Map(insights.map((i) => [i.id, i]));
  const order: LibraryInsight[] = [];
  const numberOf = new Map<string, number>();
  for (const card of readingOrder(doc))
    for (const id of card.insights) {
      const insight = known.get(id);
      if (!insight || numberOf.has(id)) continue;
      order.push(insight);
      numberOf.set(id, order.length);
    }
  return { order, numberOf };
}

/** A card's references as a report prints them: "[1]", "[2, 5]", runs shortened ("[1–3, 7]"). */
export function referenceMark(card: Pick<Card, 'insights'>, numberOf: ReadonlyMap<string, number>): string {
  const numbers = [...new Set(card.insights.map((id) => numberOf.get(id)).filter((n) => n !== undefined))].sort(
    (a, b) => a - b,
  );
  if (!numbers.length) return '';
  const runs: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j += 1;
    runs.push(j - i >= 2 ? `${numbers[i]}–${numbers[j]}` : numbers.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return `[${runs.join(', ')}]`;
}
