import type { Card, JourneyMap } from './types';

/** How many cards of a kind are backed by research (cite at least one insight that exists). */
export interface Backing {
  backed: number;
  total: number;
}

export interface ResearchCoverage {
  /** Pain points backed, of all pain points (the figure the guide and exports lead with). */
  pains: Backing;
  /** Every card backed, of all cards. */
  cards: Backing;
  /** The same per stage, counted in the stage a card starts in. */
  stages: Record<string, { pains: Backing; cards: Backing }>;
}

/**
 * A card is backed when it cites research: an insight the library still has (`known` says which
 * ids do: an insight deleted from the library no longer backs anything; without `known`, every
 * cited id counts), or one of the map's own research sources.
 */
export const isBacked = (card: Pick<Card, 'insights' | 'sourceIds'>, known?: (id: string) => boolean): boolean =>
  card.sourceIds.length > 0 || (known ? card.insights.some(known) : card.insights.length > 0);

export function researchCoverage(
  doc: Pick<JourneyMap, 'cards' | 'stages'>,
  known?: (id: string) => boolean,
): ResearchCoverage {
  const zero = (): Backing => ({ backed: 0, total: 0 });
  const stages = Object.fromEntries(doc.stages.map((s) => [s.id, { pains: zero(), cards: zero() }]));
  const pains = zero();
  const cards = zero();
  const count = (b: Backing, backed: boolean) => {
    b.total += 1;
    if (backed) b.backed += 1;
  };
  for (const c of doc.cards) {
    const backed = isBacked(c, known);
    const stage = stages[c.stageId];
    count(cards, backed);
    if (stage) count(stage.cards, backed);
    if (c.type !== 'pain-point') continue;
    count(pains, backed);
    if (stage) count(stage.pains, backed);
  }
  return { pains, cards, stages };
}
