import { LIMITS } from '../limits';
import type { JourneyMap } from '../types';
import { EditError } from './errors';

export function renameMap(doc: JourneyMap, title: string): JourneyMap {
  const t = title.trim();
  if (!t) throw new EditError('A map needs a title.', { key: 'editErrors.mapTitle' });
  return { ...doc, title: t };
}

/** Points the map at a library persona, or at none (the map's own persona shows again). */
export function setPersonaLink(doc: JourneyMap, personaId: string | null): JourneyMap {
  return doc.personaId === personaId ? doc : { ...doc, personaId };
}

/** The scenario: the situation the map follows (what the persona is trying to do, and where). */
export function setScenario(doc: JourneyMap, scenario: string): JourneyMap {
  const text = scenario.slice(0, LIMITS.longTextChars);
  return doc.scenario === text ? doc : { ...doc, scenario: text };
}
