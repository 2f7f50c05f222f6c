import type { WaymarkApi } from '../../../shared/ipc/api';
import { embeddedPersona, reportPersona, type ReportPersona } from '../../../shared/model/persona';
import type { JourneyMap } from '../../../shared/model/types';
import { unwrap } from '../ipc/bridge';

/**
 * The document as exported, and who it is about. A map that uses a library persona carries
 * that persona (name, quote, goals) in the file, so other tools see who the map is about; the
 * title block of picture and PDF exports shows all of it (photo and frustrations too).
 */
export async function withLibraryPersona(
  api: WaymarkApi,
  doc: JourneyMap,
): Promise<{ doc: JourneyMap; persona: ReportPersona }> {
  const compared = await withComparedPersonas(api, doc);
  if (!doc.personaId) return { doc: compared, persona: reportPersona(doc.persona, null) };
  try {
    const p = await unwrap(api.personas.get({ id: doc.personaId }));
    return { doc: { ...compared, persona: embeddedPersona(p) }, persona: reportPersona(doc.persona, p) };
  } catch {
    // A persona deleted in the meantime: export what the map itself holds.
    return { doc: compared, persona: reportPersona(doc.persona, null) };
  }
}

/** The personas compared beside the main one, each library persona's fields written into the map. */
async function withComparedPersonas(api: WaymarkApi, doc: JourneyMap): Promise<JourneyMap> {
  if (!doc.personas.some((p) => p.personaId)) return doc;
  const library = new Map((await unwrap(api.personas.list({}))).map((p) => [p.id, p]));
  return {
    ...doc,
    personas: doc.personas.map((p) => {
      const found = p.personaId ? library.get(p.personaId) : undefined;
      return found ? { ...p, persona: embeddedPersona(found) } : p;
    }),
  };
}
