import { newId } from '../ids';
import type { Card, JourneyMap } from '../types';
import { EditError } from './errors';

export interface CellRef {
  laneId: string;
  stageId: string;
  /** A step of the stage; null or left out: the whole stage. */
  stepId?: string | null;
}

export interface NewCard extends CellRef {
  text?: string;
  id?: string;
  type?: Card['type'];
  /** Position in the cell; the end when omitted. */
  index?: number;
}

/** A card with every optional field at its default: the one place a card is made from parts. */
export function newCard(fields: Pick<Card, 'laneId' | 'stageId' | 'type' | 'text' | 'order'> & Partial<Card>): Card {
  return {
    id: newId(),
    stageSpan: 1,
    owner: '',
    evidence: null,
    channel: null,
    color: null,
    provider: null,
    sourceCardId: null,
    detail: null,
    personas: [],
    stepId: null,
    sourceIds: [],
    tags: [],
    moment: false,
    picture: null,
    insights: [],
    realises: null,
    ...fields,
  };
}

export function cardsInCell(doc: JourneyMap, laneId: string, stageId: string): Card[] {
  return doc.cards.filter((c) => c.laneId === laneId && c.stageId === stageId).sort((a, b) => a.order - b.order);
}

function checkCell(doc: JourneyMap, { laneId, stageId }: CellRef): void {
  const lane = doc.lanes.find((l) => l.id === laneId);
  if (!lane) throw new EditError(`No lane "${laneId}" in this map.`, { key: 'editErrors.noLane' });
  if (lane.type !== 'cards')
    throw new EditError(`The lane "${lane.name}" holds no cards.`, {
      key: 'editErrors.noCardsLane',
      params: { name: lane.name },
    });
  if (!doc.stages.some((s) => s.id === stageId))
    throw new EditError(`No stage "${stageId}" in this map.`, { key: 'editErrors.noStage' });
}

/** The target's step when it is one of the target stage's; otherwise the whole stage. */
function stepIn(doc: JourneyMap, target: CellRef): string | null {
  const stage = doc.stages.find((s) => s.id === target.stageId);
  return target.stepId && stage?.steps.some((s) => s.id === target.stepId) ? target.stepId : null;
}

function maxSpan(doc: JourneyMap, stageId: string): number {
  return doc.stages.length - doc.stages.findIndex((s) => s.id === stageId);
}

/** Puts `moving` into a cell at `index`: after the last card, or renumbering the cell's order 0…n. */
function placeInCell(cards: Card[], cell: CellRef, moving: Card[], index: number): Card[] {
  const ids = new Set(moving.map((c) => c.id));
  const rest = cards.filter((c) => !ids.has(c.id));
  const siblings = rest
    .filter((c) => c.laneId === cell.laneId && c.stageId === cell.stageId)
    .sort((a, b) => a.order - b.order);
  const at = Math.max(0, Math.min(index, siblings.length));
  // Appending touches no other card: in a workshop room another person's card must not change
  // because someone added below it (the room would refuse that), and fewer writes merge better.
  if (at === siblings.length) {
    const after = siblings.length ? siblings[siblings.length - 1]!.order + 1 : 0;
    return [...rest, ...moving.map((c, i) => ({ ...c, laneId: cell.laneId, stageId: cell.stageId, order: after + i }))];
  }
  const ordered = [...siblings.slice(0, at), ...moving, ...siblings.slice(at)];
  const order = new Map(ordered.map((c, i) => [c.id, i]));
  // Only the cell's ids: callers may pass a richer object (a layout box) as the cell.
  const placed = moving.map((c) => ({ ...c, laneId: cell.laneId, stageId: cell.stageId, order: order.get(c.id)! }));
  return [
    ...rest.map((c) => (order.has(c.id) && c.order !== order.get(c.id) ? { ...c, order: order.get(c.id)! } : c)),
    ...placed,
  ];
}

/** Adds a card to a cell, typed by the lane's default card type unless a type is given. */
export function addCard(
  doc: JourneyMap,
  { laneId, stageId, stepId, text = '', id = newId(), type, index }: NewCard,
): JourneyMap {
  checkCell(doc, { laneId, stageId });
  const lane = doc.lanes.find((l) => l.id === laneId)!;
  const step = stepIn(doc, { laneId, stageId, stepId });
  const card = newCard({ id, type: type ?? lane.cardType ?? 'note', text, laneId, stageId, stepId: step, order: 0 });
  const at = index ?? Number.MAX_SAFE_INTEGER;
  return { ...doc, cards: placeInCell(doc.cards, { laneId, stageId }, [card], at) };
}

export function updateCard(doc: JourneyMap, id: string, patch: Partial<Omit<Card, 'id'>>): JourneyMap {
  return updateCards(doc, [id], patch);
}

/** Applies one change to several cards; a channel survives only on touchpoints. */
export function updateCards(doc: JourneyMap, ids: readonly string[], patch: Partial<Omit<Card, 'id'>>): JourneyMap {
  const wanted = new Set(ids);
  for (const id of wanted)
    if (!doc.cards.some((c) => c.id === id))
      throw new EditError(`No card "${id}" in this map.`, { key: 'editErrors.noCard' });
  return {
    ...doc,
    cards: doc.cards.map((c) => {
      if (!wanted.has(c.id)) return c;
      const next = { ...c, ...patch };
      if (next.type !== 'touchpoint') next.channel = null;
      next.stageSpan = Math.max(1, Math.min(next.stageSpan, maxSpan(doc, next.stageId)));
      // A card across stages belongs to no one step.
      if (next.stageSpan > 1) next.stepId = null;
      return next;
    }),
  };
}

/**
 * What goes with cards that are deleted (by hand, or with their stage or lane): their
 * connectors, dots and comments, and their place in the opportunities that addressed them.
 */
export function forgetCards(doc: JourneyMap, gone: ReadonlySet<string>): JourneyMap {
  if (!gone.size) return doc;
  return {
    ...doc,
    cards: doc.cards.filter((c) => !gone.has(c.id)),
    connectors: doc.connectors.filter((c) => !gone.has(c.from) && !gone.has(c.to)),
    votes: doc.votes.filter((v) => !gone.has(v.cardId)),
    comments: doc.comments.filter((c) => !gone.has(c.cardId)),
    opportunities: doc.opportunities.map((o) =>
      o.cardIds.some((c) => gone.has(c)) ? { ...o, cardIds: o.cardIds.filter((c) => !gone.has(c)) } : o,
    ),
  };
}

export function deleteCards(doc: JourneyMap, ids: readonly string[]): JourneyMap {
  return forgetCards(doc, new Set(ids));
}

/**
 * Moves cards into a cell at a position, keeping their relative order (stage, then lane, then
 * order). A span that no longer fits before the last stage is shortened.
 */
export function moveCards(doc: JourneyMap, ids: readonly string[], target: CellRef, index: number): JourneyMap {
  checkCell(doc, target);
  const stageIdx = new Map(doc.stages.map((s, i) => [s.id, i]));
  const laneIdx = new Map(doc.lanes.map((l, i) => [l.id, i]));
  const wanted = new Set(ids);
  const moving = doc.cards
    .filter((c) => wanted.has(c.id))
    .sort(
      (a, b) =>
        stageIdx.get(a.stageId)! - stageIdx.get(b.stageId)! ||
        laneIdx.get(a.laneId)! - laneIdx.get(b.laneId)! ||
        a.order - b.order,
    )
    .map((c) => {
      const stepId = stepIn(doc, target);
      return { ...c, stepId, stageSpan: stepId ? 1 : Math.min(c.stageSpan, maxSpan(doc, target.stageId)) };
    });
  if (moving.length !== wanted.size)
    throw new EditError('Some of the cards to move are not in this map.', { key: 'editErrors.noCard' });
  // Index counts positions among the cards that stay, so dropping "below itself" is a no-op.
  return { ...doc, cards: placeInCell(doc.cards, target, moving, index) };
}

/** Copies cards next to their originals; returns the new document and the copies' ids. */
export function duplicateCards(doc: JourneyMap, ids: readonly string[]): { doc: JourneyMap; ids: string[] } {
  let next = doc;
  const created: string[] = [];
  for (const id of ids) {
    const card = next.cards.find((c) => c.id === id);
    if (!card) throw new EditError(`No card "${id}" in this map.`, { key: 'editErrors.noCard' });
    const copy: Card = { ...card, id: newId() };
    const siblings = cardsInCell(next, card.laneId, card.stageId);
    const at = siblings.findIndex((c) => c.id === id) + 1;
    next = { ...next, cards: placeInCell(next.cards, card, [copy], at) };
    created.push(copy.id);
  }
  return { doc: next, ids: created };
}

export function setCardSpan(doc: JourneyMap, id: string, span: number): JourneyMap {
  return updateCards(doc, [id], { stageSpan: Math.max(1, Math.round(span)) });
}
