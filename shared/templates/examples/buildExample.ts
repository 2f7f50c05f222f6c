import type { Channel, EvidenceStatus, Language, MapKind, Provider } from '../../model/constants';
import { newId } from '../../model/ids';
import { addCard, addConnector, setEmotion, updateCard } from '../../model/operations';
import type { JourneyMap } from '../../model/types';
import { createMapFromTemplate } from '../createMap';

/** One card of an example: text, or text with details. */
export type ExampleCard =
  | string
  | {
      text: string;
      channel?: Channel;
      owner?: string;
      evidence?: EvidenceStatus;
      provider?: Provider;
      span?: number;
      /** A name other cards' `links` can point at. */
      key?: string;
      /** Keys of cards this one connects to (blueprint support arrows). */
      links?: string[];
    };

export interface ExampleSpec {
  kind: MapKind;
  language: Language;
  title: string;
  scenario: string;
  persona: { name: string; description: string; goals: string[] };
  /** Stage names, left to right; replaces the template's stages. */
  stages: string[];
  /** Cards per card lane of the template, in template order: one list per stage. */
  lanes: ExampleCard[][][];
  /** [score, label] per stage. */
  emotions: [number, string][];
}

/**
 * Builds an example map through the same operations the editor uses, so an example can never
 * be a document the editor could not have made.
 */
export function buildExample(spec: ExampleSpec, now: Date): JourneyMap {
  const base = createMapFromTemplate({ kind: spec.kind, language: spec.language, title: spec.title, now });
  let doc: JourneyMap = {
    ...base,
    scenario: spec.scenario,
    persona: { ...spec.persona, imageRef: null },
    stages: spec.stages.map((name) => ({ id: newId(), name, width: null, detail: null, steps: [] })),
  };
  const cardLanes = doc.lanes.filter((l) => l.type === 'cards');
  const keys = new Map<string, string>();
  const links: [string, string][] = [];
  spec.lanes.forEach((perStage, laneIndex) => {
    const lane = cardLanes[laneIndex];
    if (!lane) throw new Error(`example "${spec.title}" has cards for lane ${laneIndex}, which the template lacks`);
    perStage.forEach((cards, stageIndex) => {
      const stage = doc.stages[stageIndex];
      if (!stage) throw new Error(`example "${spec.title}" has cards for stage ${stageIndex}, which it lacks`);
      for (const c of cards) {
        const card = typeof c === 'string' ? { text: c } : c;
        const id = newId();
        doc = addCard(doc, { laneId: lane.id, stageId: stage.id, id, text: card.text });
        doc = updateCard(doc, id, {
          evidence: card.evidence ?? 'observed',
          owner: card.owner ?? '',
          channel: card.channel ?? null,
          provider: card.provider ?? null,
          stageSpan: card.span ?? 1,
        });
        if (card.key) keys.set(card.key, id);
        for (const to of card.links ?? []) links.push([id, to]);
      }
    });
  });
  for (const [from, key] of links) {
    const to = keys.get(key);
    if (!to) throw new Error(`example "${spec.title}" links to unknown card "${key}"`);
    doc = addConnector(doc, from, to);
  }
  spec.emotions.forEach(([score, label], i) => {
    const stage = doc.stages[i];
    if (stage) doc = setEmotion(doc, stage.id, score, label);
  });
  return doc;
}
