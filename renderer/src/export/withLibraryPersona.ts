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
  if (!doc.personaId) return { doc, persona: reportPersona(doc.persona, null) };
  try {
    const p = await unwrap(api.personas.get({ id: doc.personaId }));
    return { doc: { ...doc, persona: embeddedPersona(p) }, persona: reportPersona(doc.persona, p) };
  } catch {
    // A persona deleted in the meantime: export what the map itself holds.
    return { doc, persona: reportPersona(doc.persona, null) };
  }
}
