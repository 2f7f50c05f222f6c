import type { Language, MapKind } from '../model/constants';
import { newId } from '../model/ids';
import type { JourneyMap } from '../model/types';
import { FORMAT_VERSION } from '../schema/version';
import { UNTITLED_MAP } from './labels';
import { LANE_TEMPLATES } from './lanes';
import { STAGE_TEMPLATES } from './stages';

export interface NewMapOptions {
  kind: MapKind;
  language: Language;
  title?: string;
  now?: Date;
}

/**
 * The one skeleton of a map: every field, empty. A new map, an imported file and anything else
 * that makes a map starts from it, so a field added to the model is added here once.
 */
export function emptyMap({
  kind,
  language,
  title,
  now = new Date(),
}: Required<Omit<NewMapOptions, 'now'>> & Pick<NewMapOptions, 'now'>): JourneyMap {
  const stamp = now.toISOString();
  return {
    formatVersion: FORMAT_VERSION,
    id: newId(),
    title,
    kind,
    language,
    persona: { name: '', description: '', goals: [], imageRef: null },
    personaId: null,
    personas: [],
    derivedFrom: null,
    sources: [],
    questions: [],
    votes: [],
    comments: [],
    opportunities: [],
    metrics: { satisfaction: 'csat', records: [] },
    scenario: '',
    stages: [],
    lanes: [],
    cards: [],
    emotions: [],
    connectors: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** A new map of a kind: its template's stages and lanes in the map's language. */
export function createMapFromTemplate({ kind, language, title, now = new Date() }: NewMapOptions): JourneyMap {
  const stages = STAGE_TEMPLATES[kind];
  return {
    ...emptyMap({ kind, language, title: title?.trim() || UNTITLED_MAP[language], now }),
    stages: stages.map((name) => ({ id: newId(), name: name[language], width: null, detail: null, steps: [] })),
    lanes: LANE_TEMPLATES[kind].map((t) => ({
      id: newId(),
      name: t.name[language],
      type: t.type,
      cardType: t.cardType,
      line: t.line,
      hidden: false,
    })),
  };
}
