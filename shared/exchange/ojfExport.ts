import type { JourneyMap } from '../model/types';
import { emotionToOjf } from './ojfSchema';

/**
 * Writes a map as spec-shaped OJF (stages, swimlanes, nodes) that other tools read, plus
 * `x-waymark` extensions holding what OJF has no field for, so Waymark reads back the same map.
 */
export function exportOjf(doc: JourneyMap): Record<string, unknown> {
  const emotionLane = doc.lanes.find((l) => l.type === 'emotion');
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
      'x-waymark': { card, ...(exact ? {} : { text: c.text }) },
    };
  });
  if (emotionLane)
    for (const e of doc.emotions)
      nodes.push({
        id: `emotion-${e.stageId}`,
        stageId: e.stageId,
        swimlaneId: emotionLane.id,
        title: e.label,
        score: emotionToOjf(e.score),
        sentiment: e.score > 0 ? 'positive' : e.score < 0 ? 'negative' : 'neutral',
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
