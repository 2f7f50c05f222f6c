import type { Language, MapKind } from '../model/constants';
import { newId } from '../model/ids';
import type { JourneyMap } from '../model/types';
import { FORMAT_VERSION } from '../schema/version';
import { KIND_LABELS } from './labels';
import { LANE_TEMPLATES } from './lanes';
import { STAGE_TEMPLATES } from './stages';

export interface NewMapOptions {
  kind: MapKind;
  language: Language;
  title?: string;
  now?: Date;
}

export function createMapFromTemplate({ kind, language, title, now = new Date() }: NewMapOptions): JourneyMap {
  const stamp = now.toISOString();
  const stages = STAGE_TEMPLATES[kind];
  return {
    formatVersion: FORMAT_VERSION,
    id: newId(),
    title: title?.trim() || KIND_LABELS[kind][language],
    kind,
    language,
    persona: { name: '', description: '', goals: [], imageRef: null },
    personaId: null,
    derivedFrom: null,
    sources: [],
    questions: [],
    votes: [],
    comments: [],
    metrics: { satisfaction: 'csat', records: [] },
    scenario: '',
    stages: stages.map((name) => ({ id: newId(), name: name[language], width: null })),
    lanes: LANE_TEMPLATES[kind].map((t) => ({
      id: newId(),
      name: t.name[language],
      type: t.type,
      cardType: t.cardType,
      line: t.line,
      hidden: false,
    })),
    cards: [],
    emotions: [],
    connectors: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}
