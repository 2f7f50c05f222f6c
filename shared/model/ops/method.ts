import type { SatisfactionScale, SourceKind } from '../constants';
import { newId } from '../ids';
import type { JourneyMap } from '../types';
import { EditError } from './errors';

type Source = JourneyMap['sources'][number];

const stageExists = (doc: JourneyMap, stageId: string) => {
  if (!doc.stages.some((s) => s.id === stageId))
    throw new EditError(`No stage "${stageId}" in this map.`, { key: 'editErrors.noStage' });
};

/** Research sources: the seed's step 1. */
export function addSource(
  doc: JourneyMap,
  source: { title: string; kind: SourceKind; date?: string; note?: string },
  id: string = newId(),
): JourneyMap {
  const title = source.title.trim();
  if (!title) throw new EditError('A source needs a title.', { key: 'editErrors.sourceTitle' });
  return {
    ...doc,
    sources: [...doc.sources, { id, title, kind: source.kind, date: source.date ?? '', note: source.note ?? '' }],
  };
}

export function updateSource(doc: JourneyMap, id: string, patch: Partial<Omit<Source, 'id'>>): JourneyMap {
  if (patch.title !== undefined && !patch.title.trim())
    throw new EditError('A source needs a title.', { key: 'editErrors.sourceTitle' });
  return { ...doc, sources: doc.sources.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/** Removes a source and every card's citation of it. */
export function removeSource(doc: JourneyMap, id: string): JourneyMap {
  return {
    ...doc,
    sources: doc.sources.filter((s) => s.id !== id),
    cards: doc.cards.map((c) =>
      c.sourceIds.includes(id) ? { ...c, sourceIds: c.sourceIds.filter((s) => s !== id) } : c,
    ),
  };
}

export function setCardSources(doc: JourneyMap, cardId: string, sourceIds: readonly string[]): JourneyMap {
  const known = new Set(doc.sources.map((s) => s.id));
  const ids = [...new Set(sourceIds)].filter((s) => known.has(s));
  return { ...doc, cards: doc.cards.map((c) => (c.id === cardId ? { ...c, sourceIds: ids } : c)) };
}

/** Questions per stage: the seed's step 4. */
export function addQuestion(doc: JourneyMap, stageId: string, text: string, id: string = newId()): JourneyMap {
  stageExists(doc, stageId);
  const t = text.trim();
  if (!t) throw new EditError('A question needs some text.', { key: 'editErrors.questionText' });
  if (doc.questions.some((q) => q.stageId === stageId && q.text === t)) return doc;
  return { ...doc, questions: [...doc.questions, { id, stageId, text: t, answer: '' }] };
}

export function answerQuestion(doc: JourneyMap, id: string, answer: string): JourneyMap {
  return { ...doc, questions: doc.questions.map((q) => (q.id === id ? { ...q, answer } : q)) };
}

export function removeQuestion(doc: JourneyMap, id: string): JourneyMap {
  return { ...doc, questions: doc.questions.filter((q) => q.id !== id) };
}

/**
 * Records a stage's numbers on a date. A second record on the same date replaces the first; a
 * record on a new date is kept beside the older ones so the change over time shows.
 */
export function recordMetric(
  doc: JourneyMap,
  record: {
    stageId: string;
    date: string;
    entering: number | null;
    conversion: number | null;
    satisfaction: number | null;
  },
  id: string = newId(),
): JourneyMap {
  stageExists(doc, record.stageId);
  const same = doc.metrics.records.find((r) => r.stageId === record.stageId && r.date === record.date);
  const records = same
    ? doc.metrics.records.map((r) => (r === same ? { ...same, ...record } : r))
    : [...doc.metrics.records, { id, ...record }];
  return { ...doc, metrics: { ...doc.metrics, records } };
}

export function removeMetric(doc: JourneyMap, id: string): JourneyMap {
  return { ...doc, metrics: { ...doc.metrics, records: doc.metrics.records.filter((r) => r.id !== id) } };
}

/** CSAT or NPS; switching clears satisfaction scores that the other scale cannot hold. */
export function setSatisfactionScale(doc: JourneyMap, scale: SatisfactionScale): JourneyMap {
  if (doc.metrics.satisfaction === scale) return doc;
  return {
    ...doc,
    metrics: {
      satisfaction: scale,
      records: doc.metrics.records.map((r) => ({ ...r, satisfaction: null })),
    },
  };
}
