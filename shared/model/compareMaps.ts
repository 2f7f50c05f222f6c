import type { Card, JourneyMap } from './types';

export type CardChangeKind = 'added' | 'removed' | 'changed' | 'same';
/**
 * The card fields a reader cares about when a card moved on between two maps. Not its evidence:
 * a future state's cards are proposed by nature (deriveFutureState marks them so), which says
 * nothing about the experience changing.
 */
export const COMPARED_FIELDS = ['text', 'type', 'laneId', 'stageId', 'stageSpan', 'channel', 'owner'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface CardComparison {
  status: CardChangeKind;
  /** The future-state card; null for a removed card. */
  card: Card | null;
  /** The current-state card it came from; null for an added card. */
  before: Card | null;
  changed: ComparedField[];
}

export interface EmotionComparison {
  stageId: string;
  stageName: string;
  before: number | null;
  after: number | null;
  /** after − before where both exist. */
  delta: number | null;
}

export interface MapComparison {
  cards: CardComparison[];
  emotions: EmotionComparison[];
  counts: Record<CardChangeKind, number>;
}

/**
 * Compares a future-state map with the current-state map it was derived from, by lineage
 * (each future card's sourceCardId), not by text or position: a card rewritten and moved is
 * still "changed", not "removed + added".
 */
export function compareMaps(current: JourneyMap, future: JourneyMap): MapComparison {
  const before = new Map(current.cards.map((c) => [c.id, c]));
  const used = new Set<string>();
  const cards: CardComparison[] = [];
  for (const card of future.cards) {
    const source = card.sourceCardId ? before.get(card.sourceCardId) : undefined;
    if (!source || used.has(source.id)) {
      cards.push({ status: 'added', card, before: null, changed: [] });
      continue;
    }
    used.add(source.id);
    const changed = COMPARED_FIELDS.filter((f) => card[f] !== source[f]);
    cards.push({ status: changed.length ? 'changed' : 'same', card, before: source, changed });
  }
  for (const card of current.cards)
    if (!used.has(card.id)) cards.push({ status: 'removed', card: null, before: card, changed: [] });

  // A stage's feeling, compared stage by stage: its point, or for a stage scored step by step
  // the mean of its steps' points (the curve itself keeps every step).
  const score = (doc: JourneyMap, stageId: string) => {
    const steps = doc.stages.find((s) => s.id === stageId)?.steps.flatMap((t) => (t.emotion ? [t.emotion.score] : []));
    if (steps?.length) return Math.round((steps.reduce((a, b) => a + b, 0) / steps.length) * 10) / 10;
    return doc.emotions.find((e) => e.stageId === stageId)?.score ?? null;
  };
  const stages = [...future.stages, ...current.stages.filter((s) => !future.stages.some((f) => f.id === s.id))];
  const emotions = stages.map((s) => {
    const b = score(current, s.id);
    const a = score(future, s.id);
    return { stageId: s.id, stageName: s.name, before: b, after: a, delta: a !== null && b !== null ? a - b : null };
  });

  const counts = { added: 0, removed: 0, changed: 0, same: 0 };
  for (const c of cards) counts[c.status] += 1;
  return { cards, emotions, counts };
}

/** How a compared card is marked in an export; unchanged cards carry no mark. */
export type ChangeMark = Exclude<CardChangeKind, 'same'>;

/**
 * The future-state map with what it dropped put back as ghosts where it used to be (removed
 * cards, and the stages and lanes only the current state has), and each card's change mark:
 * the comparison as one map, which the ordinary layout and exporters can draw.
 */
export function overlayMap(
  current: JourneyMap,
  future: JourneyMap,
  comparison: MapComparison,
): { doc: JourneyMap; marks: Map<string, ChangeMark> } {
  const ids = new Set(future.cards.map((c) => c.id));
  const removed = comparison.cards.flatMap((c) =>
    c.status === 'removed' && c.before && !ids.has(c.before.id) ? [c.before] : [],
  );
  const marks = new Map<string, ChangeMark>();
  for (const c of comparison.cards) {
    const id = c.card?.id ?? c.before?.id;
    if (id && c.status !== 'same') marks.set(id, c.status);
  }
  const laneIds = new Set(future.lanes.map((l) => l.id));
  const stageIds = new Set(future.stages.map((s) => s.id));
  const doc: JourneyMap = {
    ...future,
    stages: [...future.stages, ...current.stages.filter((s) => !stageIds.has(s.id))],
    lanes: [
      ...future.lanes,
      ...current.lanes.filter((l) => !laneIds.has(l.id) && removed.some((c) => c.laneId === l.id)),
    ],
    cards: [...future.cards, ...removed],
    connectors: future.connectors,
  };
  return { doc, marks };
}
