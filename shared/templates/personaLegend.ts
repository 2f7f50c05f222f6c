import { EXPORT_WORDS } from './exportWords';
import { MAIN_PERSONA, type PersonaColour } from '../model/constants';
import type { JourneyMap } from '../model/types';

/** One persona of a map as its curve's legend names it. */
export interface LegendEntry {
  /** MAIN_PERSONA, or the extra persona's id. */
  id: string;
  name: string;
  colour: PersonaColour;
}

/**
 * The map's personas in order (the main one first), each with the name to show beside its curve:
 * a library persona's name where `libraryName` knows it, else the persona's own, else "Persona 2".
 */
export function personaLegend(
  doc: Pick<JourneyMap, 'persona' | 'personaId' | 'personas' | 'language'>,
  libraryName: (id: string) => string | undefined = () => undefined,
): LegendEntry[] {
  const fallback = (n: number) => EXPORT_WORDS[doc.language].personaN.replace('{n}', String(n));
  const name = (personaId: string | null, own: string, n: number) =>
    (personaId !== null ? libraryName(personaId) : undefined) || own.trim() || fallback(n);
  return [
    { id: MAIN_PERSONA, name: name(doc.personaId, doc.persona.name, 1), colour: 'amber' },
    ...doc.personas.map((p, i) => ({ id: p.id, name: name(p.personaId, p.persona.name, i + 2), colour: p.colour })),
  ];
}
