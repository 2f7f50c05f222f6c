import type { OpportunityStatus } from './constants';
import type { Opportunity } from './types';

/** Which value the matrix and the ranking weigh against effort: the person chooses. */
export const VALUE_AXES = ['customerValue', 'businessValue'] as const;
export type ValueAxis = (typeof VALUE_AXES)[number];

/**
 * Value for the effort: the chosen value divided by effort (5 for 1 is 5, 5 for 5 is 1). Null
 * until both are scored: an unscored opportunity is not ranked below a poor one, it is unranked.
 */
export function priority(o: Pick<Opportunity, ValueAxis | 'effort'>, axis: ValueAxis): number | null {
  const value = o[axis];
  return value === null || o.effort === null ? null : Math.round((value / o.effort) * 100) / 100;
}

/** The statuses still to act on: done and dropped opportunities rank after them. */
const OPEN: ReadonlySet<OpportunityStatus> = new Set(['idea', 'planned', 'in-progress']);

/**
 * The backlog ranked: open before closed, then by value for the effort (highest first), then by
 * the room's dots, then by title, so the order is the same on every machine.
 */
export function rankBacklog<T extends { opportunity: Opportunity; dots: number }>(
  items: readonly T[],
  axis: ValueAxis,
): T[] {
  const key = (x: T) => priority(x.opportunity, axis) ?? -1;
  return [...items].sort(
    (a, b) =>
      Number(OPEN.has(b.opportunity.status)) - Number(OPEN.has(a.opportunity.status)) ||
      key(b) - key(a) ||
      b.dots - a.dots ||
      a.opportunity.title.localeCompare(b.opportunity.title),
  );
}

/** The room's dots on the cards an opportunity addresses (a card's dots count once per opportunity). */
export function opportunityDots(o: Pick<Opportunity, 'cardIds'>, dotsByCard: ReadonlyMap<string, number>): number {
  return o.cardIds.reduce((sum, c) => sum + (dotsByCard.get(c) ?? 0), 0);
}
