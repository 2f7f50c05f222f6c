import type { Translatable } from '../ipc/errors';
import type { Card, JourneyMap } from '../model/types';
import { validateDocument } from '../schema/validate';
import { COLLECTIONS, META_KEYS } from './mapBinding';

/**
 * Who may change what in a workshop room. The host and co-facilitators edit freely; a
 * participant adds cards, and edits and deletes their own, nothing else (not stages, lanes,
 * the persona, the curve, metrics, sources or other people's cards).
 */
export type RoomRole = 'host' | 'cofacilitator' | 'participant';

export interface RoomPerson {
  id: string;
  role: RoomRole;
}

/** Which person wrote each card added during the room (card id → person id). */
export type CardAuthors = ReadonlyMap<string, string>;

const refuse = (key: string, params: Record<string, string | number> = {}): Translatable => ({
  key: `room.refused.${key}`,
  params,
});

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * What a participant may not touch: everything of the map but its cards (and the time it was
 * last changed, which every save moves).
 */
const NOT_FOR_PARTICIPANTS: readonly (keyof JourneyMap)[] = [
  ...META_KEYS.filter((k) => k !== 'updatedAt'),
  ...COLLECTIONS.map(([name]) => name).filter((name) => name !== 'cards'),
];

function checkCards(before: JourneyMap, after: JourneyMap, who: RoomPerson, authors: CardAuthors): Translatable | null {
  const old = new Map(before.cards.map((c) => [c.id, c]));
  const now = new Map(after.cards.map((c) => [c.id, c]));
  const own = (c: Card) => authors.get(c.id) === who.id;
  for (const card of after.cards) {
    const was = old.get(card.id);
    if (!was && !own(card)) return refuse('notYourCard', { text: card.text.slice(0, 40) });
    if (was && !same(was, card) && !own(was)) return refuse('notYourCard', { text: was.text.slice(0, 40) });
  }
  for (const card of before.cards)
    if (!now.has(card.id) && !own(card)) return refuse('notYourCard', { text: card.text.slice(0, 40) });
  return null;
}

/**
 * Whether `who` may turn `before` into `after`: a refusal (a catalogue key the person's screen
 * says in their language) or null. The result must also be a valid map, whoever sends it.
 */
export function checkChange(
  before: JourneyMap,
  after: JourneyMap,
  who: RoomPerson,
  authors: CardAuthors,
): Translatable | null {
  const checked = validateDocument(after);
  if (!checked.ok) return refuse('invalid', { detail: checked.message });
  if (who.role !== 'participant') return null;
  for (const key of NOT_FOR_PARTICIPANTS) if (!same(before[key], after[key])) return refuse('structure', { part: key });
  return checkCards(before, after, who, authors);
}
