// Pure document edits. The store, the tests and later the importers all change a map through
// these, so every edit keeps the document valid and stamps nothing the main process owns.
import { newId } from './ids';
import type { Card, JourneyMap } from './types';

export class EditError extends Error {
  override name = 'EditError';
}

export interface NewCard {
  laneId: string;
  stageId: string;
  text?: string;
  id?: string;
}

export function cardsInCell(doc: JourneyMap, laneId: string, stageId: string): Card[] {
  return doc.cards.filter((c) => c.laneId === laneId && c.stageId === stageId).sort((a, b) => a.order - b.order);
}

/** Adds a card at the bottom of a cell, typed by the lane's default card type. */
export function addCard(doc: JourneyMap, { laneId, stageId, text = '', id = newId() }: NewCard): JourneyMap {
  const lane = doc.lanes.find((l) => l.id === laneId);
  if (!lane) throw new EditError(`No lane "${laneId}" in this map.`);
  if (lane.type !== 'cards') throw new EditError(`The lane "${lane.name}" holds no cards.`);
  if (!doc.stages.some((s) => s.id === stageId)) throw new EditError(`No stage "${stageId}" in this map.`);
  const siblings = cardsInCell(doc, laneId, stageId);
  const last = siblings[siblings.length - 1];
  const card: Card = {
    id,
    type: lane.cardType ?? 'note',
    text,
    laneId,
    stageId,
    stageSpan: 1,
    order: last ? last.order + 1 : 0,
    owner: '',
    evidence: 'assumed',
    channel: null,
  };
  return { ...doc, cards: [...doc.cards, card] };
}

export function updateCard(doc: JourneyMap, id: string, patch: Partial<Omit<Card, 'id'>>): JourneyMap {
  if (!doc.cards.some((c) => c.id === id)) throw new EditError(`No card "${id}" in this map.`);
  return { ...doc, cards: doc.cards.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

export function deleteCards(doc: JourneyMap, ids: readonly string[]): JourneyMap {
  const gone = new Set(ids);
  return {
    ...doc,
    cards: doc.cards.filter((c) => !gone.has(c.id)),
    connectors: doc.connectors.filter((c) => !gone.has(c.from) && !gone.has(c.to)),
  };
}

export function renameMap(doc: JourneyMap, title: string): JourneyMap {
  const t = title.trim();
  if (!t) throw new EditError('A map needs a title.');
  return { ...doc, title: t };
}

/** Sets (or with null clears) the emotion point of a stage. */
export function setEmotion(doc: JourneyMap, stageId: string, score: number | null, label?: string): JourneyMap {
  if (!doc.stages.some((s) => s.id === stageId)) throw new EditError(`No stage "${stageId}" in this map.`);
  const others = doc.emotions.filter((e) => e.stageId !== stageId);
  if (score === null) return { ...doc, emotions: others };
  const existing = doc.emotions.find((e) => e.stageId === stageId);
  const clamped = Math.max(-3, Math.min(3, Math.round(score)));
  return { ...doc, emotions: [...others, { stageId, score: clamped, label: label ?? existing?.label ?? '' }] };
}
