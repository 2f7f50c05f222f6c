import { EMOTION_MAX, EMOTION_MIN } from '../constants';
import type { JourneyMap } from '../types';
import { EditError } from './errors';

/** Sets (or with null clears) the emotion point of a stage; scores snap to whole steps. */
export function setEmotion(doc: JourneyMap, stageId: string, score: number | null, label?: string): JourneyMap {
  if (!doc.stages.some((s) => s.id === stageId))
    throw new EditError(`No stage "${stageId}" in this map.`, { key: 'editErrors.noStage' });
  const others = doc.emotions.filter((e) => e.stageId !== stageId);
  if (score === null) return { ...doc, emotions: others };
  const existing = doc.emotions.find((e) => e.stageId === stageId);
  const clamped = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(score)));
  return {
    ...doc,
    emotions: [...others, { stageId, score: clamped, label: (label ?? existing?.label ?? '').slice(0, 200) }],
  };
}
