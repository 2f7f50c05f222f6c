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
