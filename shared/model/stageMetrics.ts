import type { Language } from './constants';
import { parseLocalNumber } from './parseNumber';
import type { JourneyMap } from './types';

type MetricRecord = JourneyMap['metrics']['records'][number];

export interface StageNumbers {
  entering: number | null;
  /** % going on to the next stage: derived from the two counts where both exist, else as entered. */
  conversion: number | null;
  derived: boolean;
  dropOff: number | null;
  satisfaction: number | null;
}

/** The numbers of one record, its conversion derived from the next stage's count as of its date. */
export function recordNumbers(doc: JourneyMap, record: MetricRecord): StageNumbers {
  const i = doc.stages.findIndex((s) => s.id === record.stageId);
  const nextStage = doc.stages[i + 1];
  // Only a count of the same date: mixing months would give conversions over 100 % part-way
  // through entering a new month.
  const next = nextStage ? [...history(doc, nextStage.id)].reverse().find((n) => n.date === record.date) : undefined;
  return numbers(record, next ?? null);
}

export interface StageMetrics {
  stageId: string;
  latest: MetricRecord | null;
  previous: MetricRecord | null;
  now: StageNumbers;
  before: StageNumbers | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Records of a stage, oldest first (by date, then by the order they were made). */
function history(doc: JourneyMap, stageId: string): MetricRecord[] {
  return doc.metrics.records
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.stageId === stageId)
    .sort((a, b) => a.r.date.localeCompare(b.r.date) || a.i - b.i)
    .map(({ r }) => r);
}

function numbers(record: MetricRecord | null, next: MetricRecord | null): StageNumbers {
  const entering = record?.entering ?? null;
  const nextCount = next?.entering ?? null;
  const derived = entering !== null && entering > 0 && nextCount !== null;
  const conversion = derived ? round1((nextCount / entering) * 100) : (record?.conversion ?? null);
  return {
    entering,
    conversion,
    derived,
    dropOff: conversion === null ? null : round1(100 - conversion),
    satisfaction: record?.satisfaction ?? null,
  };
}

/**
 * The latest numbers of every stage and the ones recorded before them, so a team sees whether
 * what they changed improved the journey. Conversion comes from the counts of a stage and the
 * next one where both exist ("keep adjusting the map as behaviour is tracked").
 */
export function stageMetrics(doc: JourneyMap): StageMetrics[] {
  const histories = doc.stages.map((s) => history(doc, s.id));
  return doc.stages.map((s, i) => {
    const mine = histories[i]!;
    const next = histories[i + 1] ?? [];
    const latest = mine.at(-1) ?? null;
    const previous = mine.at(-2) ?? null;
    // The next stage's count of the same date, or none: a conversion never mixes dates.
    const sameDate = (r: MetricRecord | null) =>
      r ? ([...next].reverse().find((n) => n.date === r.date) ?? null) : null;
    return {
      stageId: s.id,
      latest,
      previous,
      now: numbers(latest, sameDate(latest)),
      before: previous ? numbers(previous, sameDate(previous)) : null,
    };
  });
}

/** The funnel: stages with a count, and which one loses the largest share of customers. */
export function funnel(doc: JourneyMap): { stageId: string; entering: number | null; dropOff: number | null }[] & {
  worst: string | null;
} {
  const rows = stageMetrics(doc).map((m) => ({ stageId: m.stageId, entering: m.now.entering, dropOff: m.now.dropOff }));
  let worst: string | null = null;
  let most = -1;
  for (const r of rows.slice(0, -1))
    if (r.dropOff !== null && r.dropOff > most) {
      most = r.dropOff;
      worst = r.stageId;
    }
  return Object.assign(rows, { worst });
}

export type MetricField = 'entering' | 'conversion' | 'satisfaction';
export type FieldCheck =
  { ok: true; value: number | null } | { ok: false; key: string; params?: Record<string, number> };

/**
 * Checks one typed metric value. Refused values say why (catalogue key `metrics.errors.*`); an
 * empty field means "not measured". `maxConversion` is what the counts allow, when known.
 */
export function checkMetric(
  field: MetricField,
  raw: string,
  context: {
    scale: JourneyMap['metrics']['satisfaction'];
    /** The interface language, whose grouping and decimal marks the value is read with. */
    language: Language;
    maxConversion?: number | null;
    /** The previous stage's count: no more customers can reach this stage than entered that one. */
    maxEntering?: number | null;
  },
): FieldCheck {
  if (raw.trim() === '') return { ok: true, value: null };
  const n = parseLocalNumber(raw, context.language);
  if (n === null) return { ok: false, key: 'metrics.errors.notNumber' };
  if (field === 'entering') {
    if (n < 0) return { ok: false, key: 'metrics.errors.negative' };
    if (!Number.isInteger(n)) return { ok: false, key: 'metrics.errors.wholeNumber' };
    const max = context.maxEntering;
    if (max !== undefined && max !== null && n > max)
      return { ok: false, key: 'metrics.errors.moreThanBefore', params: { max } };
    return { ok: true, value: n };
  }
  if (field === 'conversion') {
    if (n < 0 || n > 100) return { ok: false, key: 'metrics.errors.percent' };
    const max = context.maxConversion;
    if (max !== undefined && max !== null && n > max + 0.05)
      return { ok: false, key: 'metrics.errors.conversionTooHigh', params: { max } };
    return { ok: true, value: n };
  }
  if (context.scale === 'csat') {
    if (n < 1 || n > 5) return { ok: false, key: 'metrics.errors.csat' };
    return { ok: true, value: n };
  }
  if (n < -100 || n > 100 || !Number.isInteger(n)) return { ok: false, key: 'metrics.errors.nps' };
  return { ok: true, value: n };
}
