import type { WaymarkApi } from '../../../shared/ipc/api';
import { embeddedPersona } from '../../../shared/model/persona';
import type { JourneyMap } from '../../../shared/model/types';
import { unwrap } from '../app/bridge';

/**
 * The document as exported: a map that uses a library persona carries that persona (name,
 * quote, goals) in the file, so exports and other tools see who the map is about.
 */
export async function withLibraryPersona(api: WaymarkApi, doc: JourneyMap): Promise<JourneyMap> {
  if (!doc.personaId) return doc;
  try {
    const p = await unwrap(api.personas.get({ id: doc.personaId }));
    return { ...doc, persona: embeddedPersona(p) };
  } catch {
    // A persona deleted in the meantime: export what the map itself holds.
    return doc;
  }
}
