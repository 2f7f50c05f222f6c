import type { OpportunityStatus } from '../constants';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import type { JourneyMap, Opportunity } from '../types';
import { EditError } from './errors';

// The research behind cards (insights of the library they cite) and the map's backlog of
// opportunities. Both are in the map document, so undo, the room and every export see them.

function checkCards(doc: JourneyMap, ids: readonly string[]): void {
  const known = new Set(doc.cards.map((c) => c.id));
  if (ids.some((id) => !known.has(id)))
    throw new EditError('That card is no longer in this map.', { key: 'editErrors.noCard' });
}

/** Each card cites the insights (after those it cites already, none twice, at most LIMITS.cardInsights). */
export function citeInsights(doc: JourneyMap, cardIds: readonly string[], insightIds: readonly string[]): JourneyMap {
  checkCards(doc, cardIds);
  const targets = new Set(cardIds);
  for (const c of doc.cards)
    if (targets.has(c.id) && new Set([...c.insights, ...insightIds]).size > LIMITS.cardInsights)
      throw new EditError(`A card cites at most ${LIMITS.cardInsights} insights.`, {
        key: 'editErrors.tooManyInsights',
        params: { max: LIMITS.cardInsights },
      });
  return {
    ...doc,
    cards: doc.cards.map((c) => {
      if (!targets.has(c.id)) return c;
      const added = insightIds.filter((i, at) => !c.insights.includes(i) && insightIds.indexOf(i) === at);
      return added.length ? { ...c, insights: [...c.insights, ...added] } : c;
    }),
  };
}

/** The cards no longer cite the insight. */
export function uncite(doc: JourneyMap, cardIds: readonly string[], insightId: string): JourneyMap {
  checkCards(doc, cardIds);
  const targets = new Set(cardIds);
  return {
    ...doc,
    cards: doc.cards.map((c) =>
      targets.has(c.id) && c.insights.includes(insightId)
        ? { ...c, insights: c.insights.filter((i) => i !== insightId) }
        : c,
    ),
  };
}

function opportunityAt(doc: JourneyMap, id: string): Opportunity {
  const found = doc.opportunities.find((o) => o.id === id);
  if (!found) throw new EditError(`No opportunity "${id}" on this map.`, { key: 'editErrors.noOpportunity' });
  return found;
}

/** A title from the cards an opportunity starts from: the first card's first line, shortened. */
export function titleFromCards(doc: JourneyMap, cardIds: readonly string[], fallback: string): string {
  const first = doc.cards.find((c) => c.id === cardIds[0]);
  const line =
    first?.text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  if (!line) return fallback;
  return line.length > 80 ? `${line.slice(0, 79).trimEnd()}…` : line;
}

/**
 * A new opportunity addressing the cards (a pain point, several selected, or none), unscored,
 * an idea until someone plans it.
 */
export function addOpportunity(
  doc: JourneyMap,
  from: { title: string; cardIds: readonly string[]; createdAt: string; id?: string },
): JourneyMap {
  checkCards(doc, from.cardIds);
  if (doc.opportunities.length >= LIMITS.opportunities)
    throw new EditError(`A map holds at most ${LIMITS.opportunities} opportunities.`, {
      key: 'editErrors.tooManyOpportunities',
      params: { max: LIMITS.opportunities },
    });
  const opportunity: Opportunity = {
    id: from.id ?? newId(),
    title: from.title.slice(0, LIMITS.titleChars),
    description: '',
    cardIds: [...new Set(from.cardIds)].slice(0, LIMITS.opportunityCards),
    owner: '',
    status: 'idea',
    customerValue: null,
    businessValue: null,
    effort: null,
    createdAt: from.createdAt,
  };
  return { ...doc, opportunities: [...doc.opportunities, opportunity] };
}

export type OpportunityFields = Partial<
  Pick<Opportunity, 'title' | 'description' | 'owner' | 'customerValue' | 'businessValue' | 'effort'> & {
    status: OpportunityStatus;
  }
>;

export function updateOpportunity(doc: JourneyMap, id: string, fields: OpportunityFields): JourneyMap {
  opportunityAt(doc, id);
  return {
    ...doc,
    opportunities: doc.opportunities.map((o) => (o.id === id ? { ...o, ...fields } : o)),
  };
}

/** Which cards of the map the opportunity addresses, in the order given. */
export function setOpportunityCards(doc: JourneyMap, id: string, cardIds: readonly string[]): JourneyMap {
  opportunityAt(doc, id);
  checkCards(doc, cardIds);
  if (new Set(cardIds).size > LIMITS.opportunityCards)
    throw new EditError(`An opportunity addresses at most ${LIMITS.opportunityCards} cards.`, {
      key: 'editErrors.tooManyOpportunityCards',
      params: { max: LIMITS.opportunityCards },
    });
  return updateOpportunityCards(doc, id, [...new Set(cardIds)]);
}

const updateOpportunityCards = (doc: JourneyMap, id: string, cardIds: string[]): JourneyMap => ({
  ...doc,
  opportunities: doc.opportunities.map((o) => (o.id === id ? { ...o, cardIds } : o)),
});

/** Removes an opportunity; the cards that realised it no longer say so. */
export function removeOpportunity(doc: JourneyMap, id: string): JourneyMap {
  opportunityAt(doc, id);
  return {
    ...doc,
    opportunities: doc.opportunities.filter((o) => o.id !== id),
    cards: doc.cards.map((c) => (c.realises === id ? { ...c, realises: null } : c)),
    votes: doc.votes.filter((v) => v.cardId !== id),
  };
}

/** The cards make the opportunity real (or, with null, no opportunity): a future state's lineage. */
export function setRealises(doc: JourneyMap, cardIds: readonly string[], opportunityId: string | null): JourneyMap {
  checkCards(doc, cardIds);
  if (opportunityId !== null) opportunityAt(doc, opportunityId);
  const targets = new Set(cardIds);
  return { ...doc, cards: doc.cards.map((c) => (targets.has(c.id) ? { ...c, realises: opportunityId } : c)) };
}
