import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWaymarkStore } from '../../../renderer/src/store/createWaymarkStore';
import { settleMerged } from '../../../shared/collab/settleMerged';
import { compareMaps } from '../../../shared/model/compareMaps';
import { computeLayout } from '../../../shared/layout/computeLayout';
import { METRICS } from '../../../shared/layout/metrics';
import { LIMITS } from '../../../shared/model/limits';
import {
  addCard,
  addStep,
  deleteStage,
  deleteStep,
  moveCards,
  moveStep,
  renameStep,
  setCardSpan,
  setCardStep,
  setStepEmotion,
  updateCard,
} from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { validateDocument } from '../../../shared/schema/validate';
import { sampleMap } from '../../helpers/sampleMap';

const lane = (d: JourneyMap) => d.lanes.find((l) => l.type === 'cards')!.id;

/** The sample map's first stage in two steps, "Tìm" and "So sánh", a card in each. */
function stepped(): JourneyMap {
  let doc = sampleMap();
  const stage = doc.stages[0]!.id;
  doc = addStep(doc, stage, { name: 'Tìm', id: 'find' });
  doc = addStep(doc, stage, { name: 'So sánh', id: 'compare' });
  doc = addCard(doc, { laneId: lane(doc), stageId: stage, stepId: 'find', id: 'f1', text: 'Gõ Google' });
  doc = addCard(doc, { laneId: lane(doc), stageId: stage, stepId: 'compare', id: 'c1', text: 'Mở hai tab' });
  return doc;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('steps inside stages', () => {
  it('divides a stage into named steps; cards belong to a step or the whole stage', () => {
    const doc = stepped();
    expect(doc.stages[0]!.steps.map((s) => s.name)).toEqual(['Tìm', 'So sánh']);
    expect(doc.cards.find((c) => c.id === 'f1')!.stepId).toBe('find');
    expect(doc.cards.find((c) => c.id === 'c1')!.stepId).toBe('compare');
    expect(validateDocument(doc).ok).toBe(true);
    expect(renameStep(doc, 'find', 'Tìm kiếm').stages[0]!.steps[0]!.name).toBe('Tìm kiếm');
    // A card in a step covers one stage; spanning stages takes it out of the step.
    expect(setCardSpan(doc, 'f1', 2).cards.find((c) => c.id === 'f1')).toMatchObject({ stepId: null, stageSpan: 2 });
    expect(updateCard(doc, 'f1', { stageSpan: 3 }).cards.find((c) => c.id === 'f1')!.stepId).toBeNull();
    // A card goes into a step of its own stage only.
    const other = doc.cards.find((c) => c.stageId !== doc.stages[0]!.id)!;
    expect(() => setCardStep(doc, [other.id], 'find')).toThrow(
      expect.objectContaining({ i18n: { key: 'editErrors.stepOfOtherStage' } }),
    );
  });

  it('lays a stage with steps out in sub-columns: whole-stage cards across it, each step’s cards in its column', () => {
    const doc = stepped();
    const layout = computeLayout(doc);
    const stage = layout.stages[0]!;
    expect(stage.width).toBe(2 * METRICS.stepWidth);
    expect(stage.steps.map((s) => s.width)).toEqual([METRICS.stepWidth, METRICS.stepWidth]);
    expect(layout.stepBand).toBe(METRICS.stepHeaderHeight);
    expect(layout.lanes[0]!.y).toBe(METRICS.headerHeight + METRICS.stepHeaderHeight);
    const box = (id: string) => layout.cards.find((c) => c.id === id)!;
    const find = box('f1');
    const compare = box('c1');
    expect(find.x).toBeGreaterThanOrEqual(stage.steps[0]!.x);
    expect(find.x + find.width).toBeLessThanOrEqual(stage.steps[0]!.x + stage.steps[0]!.width);
    expect(compare.x).toBeGreaterThanOrEqual(stage.steps[1]!.x);
    expect(find.y).toBe(compare.y);
    // The sample's own cards of that stage belong to the whole stage: across it, above the steps.
    for (const whole of doc.cards.filter(
      (c) => c.stageId === stage.id && c.stepId === null && c.laneId === lane(doc),
    )) {
      expect(box(whole.id).width).toBeGreaterThan(METRICS.stepWidth);
      expect(box(whole.id).y).toBeLessThan(find.y);
    }
    // A map without steps has no band: nothing moves.
    expect(computeLayout(sampleMap()).stepBand).toBe(0);
  });

  it('scores the curve step by step: a stage with scored steps draws its curve through them, not its own point', () => {
    const doc = stepped();
    const stage = doc.stages[0]!.id;
    const scored = setStepEmotion(setStepEmotion(doc, 'find', 2.4, 'Tò mò'), 'compare', -3);
    expect(scored.stages[0]!.steps.map((s) => s.emotion)).toEqual([
      { score: 2, label: 'Tò mò' },
      { score: -3, label: '' },
    ]);
    expect(validateDocument(scored).ok).toBe(true);
    const layout = computeLayout(scored);
    const box = layout.stages[0]!;
    const points = layout.emotion!.points.filter((p) => p.stageId === stage);
    expect(points.map((p) => [p.stepId, p.score, p.x])).toEqual([
      ['find', 2, box.steps[0]!.x + box.steps[0]!.width / 2],
      ['compare', -3, box.steps[1]!.x + box.steps[1]!.width / 2],
    ]);
    // Cleared, the stage's own point is back on the curve.
    const cleared = setStepEmotion(setStepEmotion(scored, 'find', null), 'compare', null);
    expect(
      computeLayout(cleared)
        .emotion!.points.filter((p) => p.stageId === stage)
        .map((p) => p.stepId),
    ).toEqual([undefined]);
    const broken = {
      ...scored,
      stages: scored.stages.map((s, i) =>
        i ? s : { ...s, steps: s.steps.map((t) => ({ ...t, emotion: { score: 4, label: '' } })) },
      ),
    };
    expect(validateDocument(broken).ok).toBe(false);
  });

  it('compares a stage scored step by step by the mean of its steps’ points', () => {
    const before = stepped();
    const after = setStepEmotion(setStepEmotion(before, 'find', 2), 'compare', -1);
    const row = compareMaps(before, after).emotions.find((e) => e.stageId === before.stages[0]!.id)!;
    expect(row.after).toBe(0.5);
    expect(row.before).toBe(before.emotions.find((e) => e.stageId === before.stages[0]!.id)?.score ?? null);
  });

  it('moves a step within its stage and to another stage with its cards; deleting one keeps its cards', () => {
    const doc = stepped();
    expect(moveStep(doc, 'compare', doc.stages[0]!.id, 0).stages[0]!.steps.map((s) => s.id)).toEqual([
      'compare',
      'find',
    ]);
    const moved = moveStep(doc, 'compare', doc.stages[1]!.id, 0);
    expect(moved.stages[1]!.steps.map((s) => s.id)).toEqual(['compare']);
    expect(moved.cards.find((c) => c.id === 'c1')).toMatchObject({ stageId: doc.stages[1]!.id, stepId: 'compare' });
    expect(validateDocument(moved).ok).toBe(true);
    const deleted = deleteStep(doc, 'find');
    expect(deleted.cards.find((c) => c.id === 'f1')).toMatchObject({ stageId: doc.stages[0]!.id, stepId: null });
    expect(validateDocument(deleted).ok).toBe(true);
    // Moved into another cell, a card lands in the step asked for there, or the whole stage.
    const into = moveCards(doc, ['f1'], { laneId: lane(doc), stageId: doc.stages[0]!.id, stepId: 'compare' }, 0);
    expect(into.cards.find((c) => c.id === 'f1')!.stepId).toBe('compare');
    const out = moveCards(doc, ['f1'], { laneId: lane(doc), stageId: doc.stages[1]!.id }, 0);
    expect(out.cards.find((c) => c.id === 'f1')!.stepId).toBeNull();
    expect(validateDocument(deleteStage(doc, doc.stages[0]!.id)).ok).toBe(true);
  });

  it(`refuses a ${LIMITS.stepsPerStage + 1}th step in words, and a document whose cards name unknown steps`, () => {
    let doc = sampleMap();
    for (let i = 0; i < LIMITS.stepsPerStage; i++) doc = addStep(doc, doc.stages[0]!.id, { name: `B${i}` });
    expect(() => addStep(doc, doc.stages[0]!.id, { name: 'too many' })).toThrow(
      expect.objectContaining({ i18n: expect.objectContaining({ key: 'editErrors.tooManySteps' }) }),
    );
    const bad = stepped();
    const broken = { ...bad, cards: bad.cards.map((c) => (c.id === 'f1' ? { ...c, stepId: 'nowhere' } : c)) };
    expect(validateDocument(broken).ok).toBe(false);
    // Settling a merge where the step went while a card was put in it: the card joins its whole stage.
    const settled = settleMerged(broken);
    expect(settled.cards.find((c) => c.id === 'f1')!.stepId).toBeNull();
    expect(validateDocument(settled).ok).toBe(true);
  });
});

type Op = (doc: JourneyMap, pick: (n: number) => number) => JourneyMap;
const allSteps = (d: JourneyMap) => d.stages.flatMap((s) => s.steps.map((t) => ({ stage: s.id, step: t.id })));
const anyCard = (d: JourneyMap, p: (n: number) => number) => d.cards[p(d.cards.length)];

/** Step edits, and the card edits that meet them, choosing targets from the random stream. */
const OPS: Record<string, Op> = {
  addStep: (d, p) => {
    const stage = d.stages[p(d.stages.length)]!;
    return stage.steps.length < LIMITS.stepsPerStage ? addStep(d, stage.id, { name: 'B', index: p(4) }) : d;
  },
  moveStep: (d, p) => {
    const all = allSteps(d);
    const target = d.stages[p(d.stages.length)]!;
    if (!all.length || target.steps.length >= LIMITS.stepsPerStage) return d;
    return moveStep(d, all[p(all.length)]!.step, target.id, p(4));
  },
  deleteStep: (d, p) => {
    const all = allSteps(d);
    return all.length ? deleteStep(d, all[p(all.length)]!.step) : d;
  },
  addCardToStep: (d, p) => {
    const all = allSteps(d);
    const at = all.length ? all[p(all.length)]! : { stage: d.stages[0]!.id, step: null };
    return addCard(d, { laneId: lane(d), stageId: at.stage, stepId: at.step, text: 'x' });
  },
  moveCard: (d, p) => {
    const card = anyCard(d, p);
    const stage = d.stages[p(d.stages.length)]!;
    const step = stage.steps.length ? stage.steps[p(stage.steps.length)]!.id : null;
    return card ? moveCards(d, [card.id], { laneId: card.laneId, stageId: stage.id, stepId: step }, p(3)) : d;
  },
  span: (d, p) => {
    const card = anyCard(d, p);
    return card ? setCardSpan(d, card.id, 1 + p(3)) : d;
  },
  deleteStage: (d, p) => (d.stages.length > 1 ? deleteStage(d, d.stages[p(d.stages.length)]!.id) : d),
};

describe('step edits (property)', () => {
  it('keep every card in a step of its own stage (or the whole stage), the layout free of overlaps, through undo and redo', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(OPS)), fc.array(fc.nat(), { minLength: 4, maxLength: 4 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (script) => {
          const store = createWaymarkStore();
          const start = stepped();
          store.getState().openMap({ document: start, revision: 1 });
          const check = (doc: JourneyMap) => {
            const valid = validateDocument(doc);
            if (!valid.ok) throw new Error(valid.message);
            for (const c of doc.cards)
              if (c.stepId !== null)
                expect(doc.stages.find((s) => s.id === c.stageId)!.steps.some((t) => t.id === c.stepId)).toBe(true);
            const { cards } = computeLayout(doc);
            for (let i = 0; i < cards.length; i++)
              for (let j = i + 1; j < cards.length; j++) expect(overlaps(cards[i]!, cards[j]!)).toBe(false);
          };
          for (const [name, randoms] of script) {
            let i = 0;
            const pick = (n: number) => (n <= 0 ? 0 : randoms[i++ % randoms.length]! % n);
            store.getState().change((d) => OPS[name]!(d, pick));
            check(store.getState().doc!);
          }
          while (store.history.getState().undoSteps.length) {
            store.history.getState().undo();
            check(store.getState().doc!);
          }
          expect(store.getState().doc).toEqual(start);
          while (store.history.getState().redoSteps.length) {
            store.history.getState().redo();
            check(store.getState().doc!);
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
