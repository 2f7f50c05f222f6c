import type { JourneyMap } from './types';

/** The maps a map's cards and stages open into ("detail journeys"), each once, in map order. */
export function detailLinks(doc: Pick<JourneyMap, 'cards' | 'stages'>): string[] {
  const ids = [...doc.stages.map((s) => s.detail), ...doc.cards.map((c) => c.detail)];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
