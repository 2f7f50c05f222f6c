import { EMOTION_MAX, EMOTION_MIN } from '../constants';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import type { JourneyMap, Stage, Step } from '../types';
import { EditError } from './errors';

/** The stage holding a step, and the step. */
export function findStep(doc: JourneyMap, stepId: string): { stage: Stage; step: Step } {
  for (const stage of doc.stages) {
    const step = stage.steps.find((s) => s.id === stepId);
    if (step) return { stage, step };
  }
  throw new EditError(`No step "${stepId}" in this map.`, { key: 'editErrors.noStep' });
}

const withSteps = (doc: JourneyMap, stageId: string, steps: (list: Step[]) => Step[]): JourneyMap => ({
  ...doc,
  stages: doc.stages.map((s) => (s.id === stageId ? { ...s, steps: steps(s.steps) } : s)),
});

function refuseFull(stage: Stage): void {
  if (stage.steps.length >= LIMITS.stepsPerStage)
    throw new EditError(`A stage has at most ${LIMITS.stepsPerStage} steps.`, {
      key: 'editErrors.tooManySteps',
      params: { max: LIMITS.stepsPerStage, stage: stage.name },
    });
}

/** Divides a stage into one more step (a sub-column), at `index` or at the end. */
export function addStep(
  doc: JourneyMap,
  stageId: string,
  step: { name: string; id?: string; index?: number },
): JourneyMap {
  const stage = doc.stages.find((s) => s.id === stageId);
  if (!stage) throw new EditError(`No stage "${stageId}" in this map.`, { key: 'editErrors.noStage' });
  refuseFull(stage);
  const added = { id: step.id ?? newId(), name: step.name.trim().slice(0, LIMITS.titleChars) || '…', emotion: null };
  return withSteps(doc, stageId, (list) => {
    const at = Math.max(0, Math.min(step.index ?? list.length, list.length));
    return [...list.slice(0, at), added, ...list.slice(at)];
  });
}

export function renameStep(doc: JourneyMap, stepId: string, name: string): JourneyMap {
  const { stage, step } = findStep(doc, stepId);
  const next = name.trim().slice(0, LIMITS.titleChars);
  if (!next || next === step.name) return doc;
  return withSteps(doc, stage.id, (list) => list.map((s) => (s.id === stepId ? { ...s, name: next } : s)));
}

/**
 * Moves a step to a place among a stage's steps (its own or another's); in another stage its
 * cards go with it, after the cards already there.
 */
export function moveStep(doc: JourneyMap, stepId: string, toStageId: string, index: number): JourneyMap {
  const { stage: from, step } = findStep(doc, stepId);
  const to = doc.stages.find((s) => s.id === toStageId);
  if (!to) throw new EditError(`No stage "${toStageId}" in this map.`, { key: 'editErrors.noStage' });
  if (to.id !== from.id) refuseFull(to);
  const without = withSteps(doc, from.id, (list) => list.filter((s) => s.id !== stepId));
  const placed = withSteps(without, to.id, (list) => {
    const at = Math.max(0, Math.min(index, list.length));
    return [...list.slice(0, at), step, ...list.slice(at)];
  });
  if (to.id === from.id) return placed;
  const last = new Map<string, number>();
  for (const c of doc.cards) if (c.stageId === to.id) last.set(c.laneId, Math.max(last.get(c.laneId) ?? -1, c.order));
  return {
    ...placed,
    cards: placed.cards.map((c) => {
      if (c.stepId !== stepId) return c;
      const order = (last.get(c.laneId) ?? -1) + 1;
      last.set(c.laneId, order);
      return { ...c, stageId: to.id, order };
    }),
  };
}

/**
 * Sets (or with null clears) the main persona's point at a step; scores snap to whole steps of
 * −3…+3. A stage with step points draws its curve through them instead of its own point.
 */
export function setStepEmotion(doc: JourneyMap, stepId: string, score: number | null, label?: string): JourneyMap {
  const { stage, step } = findStep(doc, stepId);
  const emotion =
    score === null
      ? null
      : {
          score: Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(score))),
          label: (label ?? step.emotion?.label ?? '').slice(0, LIMITS.titleChars),
        };
  return withSteps(doc, stage.id, (list) => list.map((s) => (s.id === stepId ? { ...s, emotion } : s)));
}

/** Removes a step; its cards stay in the stage, as cards of the whole stage. */
export function deleteStep(doc: JourneyMap, stepId: string): JourneyMap {
  const { stage } = findStep(doc, stepId);
  return {
    ...withSteps(doc, stage.id, (list) => list.filter((s) => s.id !== stepId)),
    cards: doc.cards.map((c) => (c.stepId === stepId ? { ...c, stepId: null } : c)),
  };
}

/** Puts cards into a step of their stage, or (null) back to the whole stage; a card in a step covers one stage. */
export function setCardStep(doc: JourneyMap, cardIds: readonly string[], stepId: string | null): JourneyMap {
  const stage = stepId === null ? null : findStep(doc, stepId).stage;
  const ids = new Set(cardIds);
  for (const card of doc.cards)
    if (ids.has(card.id) && stage && card.stageId !== stage.id)
      throw new EditError('A card goes into a step of its own stage.', { key: 'editErrors.stepOfOtherStage' });
  return {
    ...doc,
    cards: doc.cards.map((c) => (ids.has(c.id) ? { ...c, stepId, stageSpan: stepId ? 1 : c.stageSpan } : c)),
  };
}
