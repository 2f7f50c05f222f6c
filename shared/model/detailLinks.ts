import type { JourneyMap } from './types';

/** The titles of the maps a map's links name, by id, as the library has them (exports print them). */
export type DetailTitles = ReadonlyMap<string, string>;

/** The maps a map's cards and stages open into ("detail journeys"), each once, in map order. */
export function detailLinks(doc: Pick<JourneyMap, 'cards' | 'stages'>): string[] {
  const ids = [...doc.stages.map((s) => s.detail), ...doc.cards.map((c) => c.detail)];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
