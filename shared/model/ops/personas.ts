import { MAIN_PERSONA, PERSONA_COLOURS, type PersonaColour } from '../constants';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import type { JourneyMap, MapPersona, Persona } from '../types';
import { setEmotion } from './emotions';
import { EditError } from './errors';

function personaAt(doc: JourneyMap, id: string): MapPersona {
  const found = doc.personas.find((p) => p.id === id);
  if (!found) throw new EditError(`No persona "${id}" on this map.`, { key: 'editErrors.noPersona' });
  return found;
}

const replace = (doc: JourneyMap, id: string, change: (p: MapPersona) => MapPersona): JourneyMap => ({
  ...doc,
  personas: doc.personas.map((p) => (p.id === id ? change(p) : p)),
});

/**
 * Adds a persona beside the main one (a library persona, or one of the map's own by name), in
 * the first curve colour no persona on the map has. Five personas in all; a sixth is refused.
 */
export function addMapPersona(
  doc: JourneyMap,
  from: { personaId: string | null; name: string; id?: string },
): JourneyMap {
  if (doc.personas.length >= LIMITS.extraPersonas)
    throw new EditError(`A map compares at most ${LIMITS.extraPersonas + 1} personas.`, {
      key: 'editErrors.tooManyPersonas',
      params: { max: LIMITS.extraPersonas + 1 },
    });
  const taken = new Set<PersonaColour>(['amber', ...doc.personas.map((p) => p.colour)]);
  const colour = PERSONA_COLOURS.find((c) => !taken.has(c))!;
  const persona: MapPersona = {
    id: from.id ?? newId(),
    personaId: from.personaId,
    persona: { name: from.name.slice(0, LIMITS.titleChars), description: '', goals: [], imageRef: null },
    colour,
    emotions: [],
  };
  return { ...doc, personas: [...doc.personas, persona] };
}

/** Removes a persona with its curve; cards that concerned only it then concern everyone. */
export function removeMapPersona(doc: JourneyMap, id: string): JourneyMap {
  personaAt(doc, id);
  return {
    ...doc,
    personas: doc.personas.filter((p) => p.id !== id),
    cards: doc.cards.map((c) => (c.personas.includes(id) ? { ...c, personas: c.personas.filter((p) => p !== id) } : c)),
  };
}

/** The persona's own fields (its name, description…), used while it is not a library persona. */
export function updateMapPersona(doc: JourneyMap, id: string, fields: Partial<Persona>): JourneyMap {
  personaAt(doc, id);
  return replace(doc, id, (p) => ({
    ...p,
    persona: { ...p.persona, ...fields, name: (fields.name ?? p.persona.name).slice(0, LIMITS.titleChars) },
  }));
}

/** Which library persona an extra persona is, or none (it keeps its own fields). */
export function linkMapPersona(doc: JourneyMap, id: string, personaId: string | null): JourneyMap {
  return personaAt(doc, id).personaId === personaId ? doc : replace(doc, id, (p) => ({ ...p, personaId }));
}

/**
 * Sets (or with null clears) one persona's point for a stage: the main persona's curve is the
 * map's own (`emotions`), an extra persona's is its own.
 */
export function setPersonaEmotion(
  doc: JourneyMap,
  who: string,
  stageId: string,
  score: number | null,
  label?: string,
): JourneyMap {
  if (who === MAIN_PERSONA) return setEmotion(doc, stageId, score, label);
  const persona = personaAt(doc, who);
  // The same rules as the main curve, applied to this persona's points.
  const curve = setEmotion({ ...doc, emotions: persona.emotions }, stageId, score, label).emotions;
  return replace(doc, who, (p) => ({ ...p, emotions: curve }));
}

/** The personas the cards concern; none (or every one) means all of them. */
export function setCardPersonas(doc: JourneyMap, cardIds: readonly string[], personas: readonly string[]): JourneyMap {
  const known = [MAIN_PERSONA, ...doc.personas.map((p) => p.id)];
  const chosen = known.filter((id) => personas.includes(id));
  const stored = chosen.length === known.length ? [] : chosen;
  const ids = new Set(cardIds);
  return { ...doc, cards: doc.cards.map((c) => (ids.has(c.id) ? { ...c, personas: stored } : c)) };
}

/** Whether a card concerns a persona (a card that names none concerns them all). */
export const concerns = (card: { personas: readonly string[] }, who: string) =>
  card.personas.length === 0 || card.personas.includes(who);
