import type { Comment, JourneyMap, Vote } from '../types';
import { EditError } from './errors';

/**
 * Dots and comments on cards: what a workshop room's participants add besides cards. Each
 * names its card; deleting the card deletes them (deleteCards). A dot may instead name an
 * opportunity of the backlog (a vote on opportunities); removing it deletes its dots.
 */

function checkCard(doc: JourneyMap, cardId: string): void {
  if (!doc.cards.some((c) => c.id === cardId)) throw new EditError(`no card "${cardId}"`);
}

export function addVote(doc: JourneyMap, vote: Vote): JourneyMap {
  if (!doc.opportunities.some((o) => o.id === vote.cardId)) checkCard(doc, vote.cardId);
  return { ...doc, votes: [...doc.votes, vote] };
}

export function removeVote(doc: JourneyMap, id: string): JourneyMap {
  return { ...doc, votes: doc.votes.filter((v) => v.id !== id) };
}

/** Takes every dot off the map (a new round of voting). */
export function clearVotes(doc: JourneyMap): JourneyMap {
  return doc.votes.length ? { ...doc, votes: [] } : doc;
}

export function addComment(doc: JourneyMap, comment: Comment): JourneyMap {
  checkCard(doc, comment.cardId);
  return { ...doc, comments: [...doc.comments, comment] };
}

export function deleteComment(doc: JourneyMap, id: string): JourneyMap {
  return { ...doc, comments: doc.comments.filter((c) => c.id !== id) };
}

const counted = new WeakMap<readonly Vote[], ReadonlyMap<string, number>>();

/**
 * Dots per card id. Counted once per votes list (a map's votes keep their identity through
 * edits that do not touch them), so every card on a big canvas can ask for its own count.
 */
export function dotsByCard(votes: readonly Vote[]): ReadonlyMap<string, number> {
  let dots = counted.get(votes);
  if (!dots) {
    const counts = new Map<string, number>();
    for (const v of votes) counts.set(v.cardId, (counts.get(v.cardId) ?? 0) + 1);
    counted.set(votes, (dots = counts));
  }
  return dots;
}

/** Dots per card, most first (ties in map order): the tally a facilitator reads out. */
/** What was dotted, most dots first: cards by their words, opportunities by their titles. */
export function voteTally(doc: JourneyMap): { cardId: string; dots: number; text: string }[] {
  const dots = dotsByCard(doc.votes);
  return [
    ...doc.cards.map((c) => ({ id: c.id, text: c.text })),
    ...doc.opportunities.map((o) => ({ id: o.id, text: o.title })),
  ]
    .filter((x) => dots.has(x.id))
    .map((x) => ({ cardId: x.id, dots: dots.get(x.id)!, text: x.text }))
    .sort((a, b) => b.dots - a.dots);
}
