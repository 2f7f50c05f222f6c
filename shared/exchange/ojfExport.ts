import type { JourneyMap } from '../model/types';
import { emotionToOjf } from './ojfSchema';

/**
 * Writes a map as spec-shaped OJF (stages, swimlanes, nodes) that other tools read, plus
 * `x-waymark` extensions holding what OJF has no field for, so Waymark reads back the same map.
 */
export function exportOjf(doc: JourneyMap): Record<string, unknown> {
  const emotionLane = doc.lanes.find((l) => l.type === 'emotion');
  // A step's point travels as the score of the step's first card, as Ptolemy scores its steps;
  // a scored step with no card becomes a node of its own in the emotion lane.
  const steps = doc.stages.flatMap((s) => s.steps.map((t) => ({ stageId: s.id, step: t })));
  const scoredBy = new Map<string, number>();
  for (const { step } of steps) {
    const first = doc.cards.find((c) => c.stepId === step.id);
    if (step.emotion && first) scoredBy.set(first.id, step.emotion.score);
  }
  const nodes: Record<string, unknown>[] = doc.cards.map((c) => {
    const [title = '', ...rest] = c.text.split('\n');
    const description = rest.join('\n');
    const exact = (description === '' ? title : `${title}\n${description}`) === c.text;
    // A detail map is a map of this library: the link does not travel in the file.
    const { id, laneId, stageId, text: _text, detail: _detail, ...card } = c;
    return {
      id,
      stageId,
      swimlaneId: laneId,
      title,
      description,
      purpose: c.type === 'touchpoint' ? 'touchpoint' : c.evidence === 'observed' ? 'observation' : 'action',
      ...(c.tags.length ? { tags: c.tags } : {}),
      ...(c.moment ? { isMomentOfTruth: true } : {}),
      ...(scoredBy.has(c.id) ? scoreFields(scoredBy.get(c.id)!) : {}),
      'x-waymark': { card, ...(exact ? {} : { text: c.text }) },
    };
  });
  if (emotionLane)
    for (const { stageId, step } of steps)
      if (step.emotion && !doc.cards.some((c) => c.stepId === step.id))
        nodes.push({
          id: `emotion-${step.id}`,
          stageId,
          swimlaneId: emotionLane.id,
          title: step.name,
          ...scoreFields(step.emotion.score),
          'x-waymark': { step: step.id },
        });
  if (emotionLane)
    for (const e of doc.emotions)
      nodes.push({
        id: `emotion-${e.stageId}`,
        stageId: e.stageId,
        swimlaneId: emotionLane.id,
        title: e.label,
        ...scoreFields(e.score),
        'x-waymark': { emotion: { score: e.score } },
      });
  return {
    version: '1.0',
    persona: doc.persona.name,
    pointOfView: doc.scenario || doc.title,
    stages: doc.stages.map((s) => ({ id: s.id, name: s.name, 'x-waymark': { width: s.width, steps: s.steps } })),
    swimlanes: doc.lanes.map(({ id, name, ...lane }) => ({ id, name, 'x-waymark': lane })),
    nodes,
    'x-waymark': {
      title: doc.title,
      kind: doc.kind,
      language: doc.language,
      persona: doc.persona,
      personaId: doc.personaId,
      derivedFrom: doc.derivedFrom,
      sources: doc.sources,
      questions: doc.questions,
      metrics: doc.metrics,
      connectors: doc.connectors,
      personas: doc.personas,
    },
  };
}

/** A Waymark score (−3…+3) as OJF writes it: a score on −5…+5 and its sentiment. */
function scoreFields(score: number) {
  return { score: emotionToOjf(score), sentiment: score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral' };
}
