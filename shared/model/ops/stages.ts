import { newId } from '../ids';
import type { JourneyMap } from '../types';
import { forgetCards } from './cards';
import { EditError } from './errors';

function stageIndex(doc: JourneyMap, id: string): number {
  const i = doc.stages.findIndex((s) => s.id === id);
  if (i < 0) throw new EditError(`No stage "${id}" in this map.`, { key: 'editErrors.noStage' });
  return i;
}

export function addStage(
  doc: JourneyMap,
  { index, name, id = newId() }: { index?: number; name: string; id?: string },
): JourneyMap {
  const at = Math.max(0, Math.min(index ?? doc.stages.length, doc.stages.length));
  const stages = [...doc.stages];
  stages.splice(at, 0, { id, name: name.trim() || '…', width: null, detail: null, steps: [] });
  return { ...doc, stages };
}

export function renameStage(doc: JourneyMap, id: string, name: string): JourneyMap {
  stageIndex(doc, id);
  const n = name.trim();
  if (!n) throw new EditError('A stage needs a name.', { key: 'editErrors.stageName' });
  return { ...doc, stages: doc.stages.map((s) => (s.id === id ? { ...s, name: n } : s)) };
}

export function resizeStage(doc: JourneyMap, id: string, width: number): JourneyMap {
  stageIndex(doc, id);
  const w = Math.round(Math.max(120, Math.min(2000, width)));
  return { ...doc, stages: doc.stages.map((s) => (s.id === id ? { ...s, width: w } : s)) };
}

/** Reorders a stage. Cards keep their start stage; spans are cut where they would run off the end. */
export function moveStage(doc: JourneyMap, id: string, toIndex: number): JourneyMap {
  const from = stageIndex(doc, id);
  const stages = [...doc.stages];
  const [stage] = stages.splice(from, 1);
  stages.splice(Math.max(0, Math.min(toIndex, stages.length)), 0, stage!);
  const idx = new Map(stages.map((s, i) => [s.id, i]));
  return {
    ...doc,
    stages,
    cards: doc.cards.map((c) => ({ ...c, stageSpan: Math.min(c.stageSpan, stages.length - idx.get(c.stageId)!) })),
  };
}

/**
 * Deletes a stage with the cards that start in it and its emotion point. A card that starts
 * earlier and spans across it loses one stage of span.
 */
export function deleteStage(doc: JourneyMap, id: string): JourneyMap {
  const at = stageIndex(doc, id);
  if (doc.stages.length === 1) throw new EditError('A map needs at least one stage.', { key: 'editErrors.lastStage' });
  const gone = new Set(doc.cards.filter((c) => c.stageId === id).map((c) => c.id));
  const startIdx = new Map(doc.stages.map((s, i) => [s.id, i]));
  const left = forgetCards(doc, gone);
  return {
    ...left,
    stages: doc.stages.filter((s) => s.id !== id),
    cards: left.cards.map((c) => {
      const start = startIdx.get(c.stageId)!;
      return start < at && start + c.stageSpan > at ? { ...c, stageSpan: c.stageSpan - 1 } : c;
    }),
    emotions: doc.emotions.filter((e) => e.stageId !== id),
    personas: doc.personas.map((p) => ({ ...p, emotions: p.emotions.filter((e) => e.stageId !== id) })),
    questions: doc.questions.filter((q) => q.stageId !== id),
    metrics: { ...doc.metrics, records: doc.metrics.records.filter((r) => r.stageId !== id) },
  };
}

/**
 * The map a card or a stage opens into ("detail journey"), or none. A map never opens into
 * itself; a link to a map that later leaves the library stays, marked broken where it shows.
 */
export function linkDetail(
  doc: JourneyMap,
  target: { card: string } | { stage: string },
  mapId: string | null,
): JourneyMap {
  if (mapId === doc.id) throw new EditError('A map cannot open into itself.', { key: 'editErrors.selfDetail' });
  if ('card' in target) {
    const card = doc.cards.find((c) => c.id === target.card);
    if (!card) throw new EditError(`No card "${target.card}" in this map.`, { key: 'editErrors.noCard' });
    return card.detail === mapId
      ? doc
      : { ...doc, cards: doc.cards.map((c) => (c.id === card.id ? { ...c, detail: mapId } : c)) };
  }
  const stage = doc.stages.find((s) => s.id === target.stage);
  if (!stage) throw new EditError(`No stage "${target.stage}" in this map.`, { key: 'editErrors.noStage' });
  return stage.detail === mapId
    ? doc
    : { ...doc, stages: doc.stages.map((s) => (s.id === stage.id ? { ...s, detail: mapId } : s)) };
}
