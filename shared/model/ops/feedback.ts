import type { Comment, JourneyMap, Vote } from '../types';
import { EditError } from './errors';

/**
 * Dots and comments on cards: what a workshop room's participants add besides cards. Each
 * names its card; deleting the card deletes them (deleteCards).
 */

function checkCard(doc: JourneyMap, cardId: string): void {
  if (!doc.cards.some((c) => c.id === cardId)) throw new EditError(`no card "${cardId}"`);
}

export function addVote(doc: JourneyMap, vote: Vote): JourneyMap {
  checkCard(doc, vote.cardId);
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
export function voteTally(doc: JourneyMap): { cardId: string; dots: number }[] {
  const dots = dotsByCard(doc.votes);
  return doc.cards
    .filter((c) => dots.has(c.id))
    .map((c) => ({ cardId: c.id, dots: dots.get(c.id)! }))
    .sort((a, b) => b.dots - a.dots);
}
