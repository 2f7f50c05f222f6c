import { describe, expect, it } from 'vitest';
import { channelMatrix, guideStatus, mapHealth } from '../../../shared/model/guide';
import {
  addCard,
  addQuestion,
  addSource,
  addStep,
  setStepEmotion,
  answerQuestion,
  deleteStage,
  recordMetric,
  removeSource,
  setCardSources,
  setSatisfactionScale,
  updateCard,
} from '../../../shared/model/operations';
import { checkMetric, funnel, recordNumbers, stageMetrics } from '../../../shared/model/stageMetrics';
import type { JourneyMap } from '../../../shared/model/types';
import { validateDocument } from '../../../shared/schema/validate';
import { createMapFromTemplate } from '../../../shared/templates/createMap';

const base = (): JourneyMap => createMapFromTemplate({ kind: 'current-state', language: 'en' });
const valid = (doc: JourneyMap) => expect(validateDocument(doc).ok).toBe(true);

function withCounts(counts: (number | null)[], date = '2026-10-01', doc = base()): JourneyMap {
  counts.forEach((n, i) => {
    doc = recordMetric(doc, { stageId: doc.stages[i]!.id, date, entering: n, conversion: null, satisfaction: null });
  });
  return doc;
}

describe('stage metrics', () => {
  it('derives conversion and drop-off from neighbouring counts, and keeps an entered conversion otherwise', () => {
    let doc = withCounts([1000, 600, null, 240, 200]);
    doc = recordMetric(doc, {
      stageId: doc.stages[2]!.id,
      date: '2026-10-01',
      entering: null,
      conversion: 70,
      satisfaction: null,
    });
    valid(doc);
    const m = stageMetrics(doc);
    expect(m.map((s) => s.now.conversion)).toEqual([60, null, 70, 83.3, null]);
    expect(m.map((s) => s.now.derived)).toEqual([true, false, false, true, false]);
    expect(m[0]!.now.dropOff).toBe(40);
  });

  it('shows the change since the previous record of a stage', () => {
    let doc = withCounts([1000, 600]);
    doc = withCounts([1200, 600], '2026-11-01', doc);
    const [first] = stageMetrics(doc);
    expect(first!.now.entering).toBe(1200);
    expect(first!.before!.entering).toBe(1000);
    expect(first!.now.conversion).toBe(50);
    expect(first!.before!.conversion).toBe(60);
  });

  it('records on the same date replace, on a new date add', () => {
    let doc = withCounts([100]);
    doc = withCounts([120], '2026-10-01', doc);
    expect(doc.metrics.records).toHaveLength(1);
    doc = withCounts([130], '2026-10-02', doc);
    expect(doc.metrics.records).toHaveLength(2);
  });

  it('finds the stage losing the largest share for the funnel', () => {
    const doc = withCounts([1000, 900, 300, 240, 200]);
    const f = funnel(doc);
    expect(f.worst).toBe(doc.stages[1]!.id);
  });

  it.each([
    ['entering', '-1', 'metrics.errors.negative'],
    ['entering', 'abc', 'metrics.errors.notNumber'],
    ['entering', '1.5', 'metrics.errors.wholeNumber'],
    ['conversion', '101', 'metrics.errors.percent'],
    ['satisfaction', '0', 'metrics.errors.csat'],
  ] as const)('refuses %s = %j', (field, raw, key) => {
    expect(checkMetric(field, raw, { scale: 'csat', language: 'en' })).toEqual({ ok: false, key });
  });

  it('accepts empty fields, commas as decimal points, and checks against the counts', () => {
    expect(checkMetric('entering', '', { scale: 'csat', language: 'en' })).toEqual({ ok: true, value: null });
    expect(checkMetric('conversion', '12,5', { scale: 'csat', language: 'en' })).toEqual({ ok: true, value: 12.5 });
    expect(checkMetric('conversion', '70', { scale: 'csat', language: 'en', maxConversion: 50 })).toMatchObject({
      ok: false,
      key: 'metrics.errors.conversionTooHigh',
    });
    expect(checkMetric('entering', '800', { scale: 'csat', language: 'en', maxEntering: 500 })).toMatchObject({
      ok: false,
    });
    expect(checkMetric('satisfaction', '-40', { scale: 'nps', language: 'en' })).toEqual({ ok: true, value: -40 });
    expect(checkMetric('satisfaction', '101', { scale: 'nps', language: 'en' })).toMatchObject({ ok: false });
  });

  it('reads counts with the interface language’s grouping and decimal marks', () => {
    const en = { scale: 'csat', language: 'en' } as const;
    const vi = { scale: 'csat', language: 'vi' } as const;
    expect(checkMetric('entering', '1,500', en)).toEqual({ ok: true, value: 1500 });
    expect(checkMetric('entering', '2,000,000', en)).toEqual({ ok: true, value: 2_000_000 });
    expect(checkMetric('entering', '1.500', vi)).toEqual({ ok: true, value: 1500 });
    expect(checkMetric('entering', '1 500', vi)).toEqual({ ok: true, value: 1500 });
    expect(checkMetric('conversion', '12,5', vi)).toEqual({ ok: true, value: 12.5 });
    expect(checkMetric('conversion', '12.5', en)).toEqual({ ok: true, value: 12.5 });
    expect(checkMetric('conversion', '1.234,5', vi)).toMatchObject({ ok: false, key: 'metrics.errors.percent' });
    expect(checkMetric('entering', '1,50,0', en)).toEqual({ ok: false, key: 'metrics.errors.notNumber' });
    expect(checkMetric('entering', '1.5', en)).toEqual({ ok: false, key: 'metrics.errors.wholeNumber' });
  });

  it('derives a conversion only from counts of the same date', () => {
    // October complete for both stages; November entered so far for the first stage only.
    let doc = withCounts([1000, 900], '2026-10-01');
    doc = withCounts([800], '2026-11-01', doc);
    const [first] = stageMetrics(doc);
    expect(first!.now.entering).toBe(800);
    expect(first!.now.conversion).toBeNull();
    expect(first!.before).toMatchObject({ entering: 1000, conversion: 90, derived: true });
    for (const r of doc.metrics.records) {
      const n = recordNumbers(doc, r);
      if (n.conversion !== null) expect(n.conversion).toBeLessThanOrEqual(100);
      if (n.dropOff !== null) expect(n.dropOff).toBeGreaterThanOrEqual(0);
    }
  });

  it('switching the satisfaction scale clears scores the new scale cannot hold; deleting a stage drops its records', () => {
    const start = base();
    const scored = recordMetric(start, {
      stageId: start.stages[0]!.id,
      date: '2026-10-01',
      entering: 5,
      conversion: null,
      satisfaction: 4,
    });
    expect(setSatisfactionScale(scored, 'nps').metrics.records[0]!.satisfaction).toBeNull();
    let doc = withCounts([1, 2, 3]);
    doc = addQuestion(doc, doc.stages[0]!.id, 'Why?');
    doc = deleteStage(doc, doc.stages[0]!.id);
    valid(doc);
    expect(doc.metrics.records).toHaveLength(2);
    expect(doc.questions).toHaveLength(0);
  });
});

describe('the six-step guide', () => {
  const persona = { name: 'Lan', goals: 'Genuine', frustrations: 'Fakes' };

  it('collect data is done only when a card cites a source, and undone when the source goes', () => {
    let doc = addSource(base(), { title: 'Interviews', kind: 'interview' }, 's1');
    expect(guideStatus(doc, persona).collect).toBe(false);
    doc = addCard(doc, { laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id, id: 'c' });
    doc = setCardSources(doc, 'c', ['s1', 'ghost']);
    valid(doc);
    expect(doc.cards[0]!.sourceIds).toEqual(['s1']);
    expect(guideStatus(doc, persona).collect).toBe(true);
    doc = removeSource(doc, 's1');
    valid(doc);
    expect(guideStatus(doc, persona).collect).toBe(false);
  });

  it('persona needs a name, goals and frustrations', () => {
    expect(guideStatus(base(), null).persona).toBe(false);
    expect(guideStatus(base(), { ...persona, frustrations: ' ' }).persona).toBe(false);
    expect(guideStatus(base(), persona).persona).toBe(true);
  });

  it('channels: every stage needs a touchpoint; the matrix lists what each stage lacks', () => {
    let doc = base();
    const touch = doc.lanes[1]!;
    doc.stages.forEach((s, i) => {
      doc = updateCard(addCard(doc, { laneId: touch.id, stageId: s.id, id: `t${i}`, type: 'touchpoint' }), `t${i}`, {
        channel: i === 0 ? 'zalo-oa' : 'shopee',
      });
    });
    expect(guideStatus(doc, persona).channels).toBe(true);
    const m = channelMatrix(doc);
    expect(m.channels).toEqual(['zalo-oa', 'shopee']);
    expect(m.lacking[doc.stages[0]!.id]).toEqual(['shopee']);
    expect(m.lacking[doc.stages[1]!.id]).toEqual(['zalo-oa']);
  });

  it('questions: each stage needs one, and every one answered', () => {
    let doc = base();
    for (const s of doc.stages) doc = addQuestion(doc, s.id, 'What stops them?', `q-${s.id}`);
    expect(guideStatus(doc, persona).questions).toBe(false);
    for (const s of doc.stages) doc = answerQuestion(doc, `q-${s.id}`, 'Price');
    valid(doc);
    expect(guideStatus(doc, persona).questions).toBe(true);
    doc = answerQuestion(doc, `q-${doc.stages[0]!.id}`, '  ');
    expect(guideStatus(doc, persona).questions).toBe(false);
  });

  it('review lists assumptions, pain points without opportunities and missing emotions before empty cells', () => {
    let doc = base();
    const pain = doc.lanes.find((l) => l.cardType === 'pain-point')!;
    doc = addCard(doc, { laneId: pain.id, stageId: doc.stages[0]!.id, id: 'p' });
    const kinds = mapHealth(doc).map((h) => h.kind);
    expect(kinds.slice(0, 3)).toEqual(['assumed', 'no-emotion', 'no-emotion']);
    expect(kinds).toContain('pain-without-opportunity');
    expect(kinds.at(-1)).toBe('empty-cell');
    // A stage scored step by step is not missing its feeling.
    let stepped = addStep(doc, doc.stages[0]!.id, { name: 'Tìm', id: 'find' });
    stepped = setStepEmotion(stepped, 'find', 1);
    const missing = mapHealth(stepped).filter((h) => h.kind === 'no-emotion');
    expect(missing.map((h) => ('stageId' in h ? h.stageId : null))).not.toContain(doc.stages[0]!.id);
    expect(missing).toHaveLength(mapHealth(doc).filter((h) => h.kind === 'no-emotion').length - 1);
  });
});
