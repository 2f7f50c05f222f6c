import { SCORE_MAX, SCORE_MIN, type OpportunityStatus } from './constants';
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

/** The room's dots on an opportunity itself (a vote on opportunities) and on the cards it addresses. */
export function opportunityDots(
  o: Pick<Opportunity, 'id' | 'cardIds'>,
  dotsByCard: ReadonlyMap<string, number>,
): number {
  return o.cardIds.reduce((sum, c) => sum + (dotsByCard.get(c) ?? 0), dotsByCard.get(o.id) ?? 0);
}

/** Where an opportunity sits in the value/effort matrix: 0…1 across (effort) and down (value). */
export interface MatrixPlace {
  /** Effort from the left edge of the plot's inner square, 0 (1, least) to 1 (5, most). */
  x: number;
  /** Value from the top, 0 (5, most) to 1 (1, least). */
  y: number;
  /** Which way it is pushed off its point when several share it (a unit vector; 0, 0 when alone). */
  dx: number;
  dy: number;
}

/**
 * The matrix's places of the scored opportunities, by id: the canvas, the PDF page and the slide
 * draw them the same way (each scales the spread to its own point size).
 */
export function matrixPlaces(
  items: readonly { opportunity: Pick<Opportunity, 'id' | ValueAxis | 'effort'> }[],
  axis: ValueAxis,
): Map<string, MatrixPlace> {
  const byPoint = new Map<string, string[]>();
  const scored = items.filter(({ opportunity: o }) => o[axis] !== null && o.effort !== null);
  for (const { opportunity: o } of scored)
    byPoint.set(`${o[axis]}:${o.effort}`, [...(byPoint.get(`${o[axis]}:${o.effort}`) ?? []), o.id]);
  const places = new Map<string, MatrixPlace>();
  for (const { opportunity: o } of scored) {
    const ids = byPoint.get(`${o[axis]}:${o.effort}`)!;
    const i = ids.indexOf(o.id);
    const angle = (2 * Math.PI * i) / ids.length;
    places.set(o.id, {
      x: (o.effort! - SCORE_MIN) / (SCORE_MAX - SCORE_MIN),
      y: (SCORE_MAX - o[axis]!) / (SCORE_MAX - SCORE_MIN),
      dx: ids.length > 1 ? Math.cos(angle) : 0,
      dy: ids.length > 1 ? Math.sin(angle) : 0,
    });
  }
  return places;
}
