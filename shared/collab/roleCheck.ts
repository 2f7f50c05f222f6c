import { ROOM_LIMITS } from '../model/limits';
import type { Translatable } from '../model/translatable';
import type { JourneyMap } from '../model/types';
import { validateDocument } from '../schema/validate';
import { COLLECTIONS, META_KEYS } from './mapBinding';
import { NO_SESSION, type RoomSession } from './roomSession';

/**
 * Who may change what in a workshop room. The host and co-facilitators edit freely (but the
 * structure, while the host has locked it); a participant adds cards, dots and comments, and
 * edits and deletes their own, nothing else (not stages, lanes, the persona, the curve,
 * metrics, sources or other people's cards).
 */
export type RoomRole = 'host' | 'cofacilitator' | 'participant';

export interface RoomPerson {
  id: string;
  role: RoomRole;
}

/** Who wrote each card, dot and comment added during the room (id → person id). */
export type CardAuthors = ReadonlyMap<string, string>;

const refuse = (key: string, params: Record<string, string | number> = {}): Translatable => ({
  key: `room.refused.${key}`,
  params,
});

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** What people add in a room, each item owned by whoever added it. */
const OWNED = ['cards', 'votes', 'comments'] as const;
type Owned = (typeof OWNED)[number];

/**
 * What a participant may not touch: everything of the map but its cards, dots and comments
 * (and the time it was last changed, which every save moves).
 */
const NOT_FOR_PARTICIPANTS: readonly (keyof JourneyMap)[] = [
  ...META_KEYS.filter((k) => k !== 'updatedAt'),
  ...COLLECTIONS.map(([name]) => name).filter((name) => !(OWNED as readonly string[]).includes(name)),
];

/** What a locked structure keeps as it is, for co-facilitators too. */
const STRUCTURE: readonly (keyof JourneyMap)[] = ['stages', 'lanes', 'kind'];

type Item = { id: string; cardId?: string; text?: string };
const label = (item: Item) => (item.text ?? '').slice(0, 40);

function checkOwned(
  name: Owned,
  before: JourneyMap,
  after: JourneyMap,
  own: (id: string) => boolean,
): Translatable | null {
  const list = (d: JourneyMap) => d[name] as readonly Item[];
  const old = new Map(list(before).map((c) => [c.id, c]));
  const now = new Set(list(after).map((c) => c.id));
  const cardsLeft = new Set(after.cards.map((c) => c.id));
  const key = name === 'cards' ? 'notYourCard' : 'notYours';
  for (const item of list(after)) {
    const was = old.get(item.id);
    if (!was && !own(item.id)) return refuse(key, { text: label(item) });
    if (was && !same(was, item) && !own(item.id)) return refuse(key, { text: label(was) });
    // The phone page stops a person at the same length, so this is said only to a forged client.
    const changed = !was || was.text !== item.text;
    if (name === 'cards' && changed && (item.text ?? '').length > ROOM_LIMITS.participantCardChars)
      return refuse('tooLong', { max: ROOM_LIMITS.participantCardChars });
  }
  // Someone else's dot or comment goes with a card its owner deleted.
  for (const item of list(before))
    if (!now.has(item.id) && !own(item.id) && !(item.cardId && !cardsLeft.has(item.cardId)))
      return refuse(key, { text: label(item) });
  return null;
}

/** A participant's new dots: only while a vote is open, on its card types, within their dots. */
function checkVotes(before: JourneyMap, after: JourneyMap, who: RoomPerson, session: RoomSession): Translatable | null {
  const added = after.votes.filter((v) => !before.votes.some((b) => b.id === v.id));
  if (!added.length) return null;
  const { vote } = session;
  if (!vote) return refuse('voteClosed');
  const types = new Map(after.cards.map((c) => [c.id, c.type]));
  const opportunities = new Set(after.opportunities.map((o) => o.id));
  if (added.some((v) => v.voter !== who.id)) return refuse('notYours', { text: '' });
  // A vote on opportunities takes dots on them only; a vote on cards, on cards of its types only.
  if (
    added.some((v) => (vote.opportunities ? !opportunities.has(v.cardId) : !vote.types.includes(types.get(v.cardId)!)))
  )
    return refuse('voteType');
  if (after.votes.filter((v) => v.voter === who.id).length > vote.dots) return refuse('noDotsLeft', { n: vote.dots });
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
  session: RoomSession = NO_SESSION,
): Translatable | null {
  const checked = validateDocument(after);
  if (!checked.ok) return refuse('invalid', { detail: checked.message });
  if (who.role === 'host') return null;
  if (session.locked)
    for (const key of STRUCTURE) if (!same(before[key], after[key])) return refuse('locked', { part: key });
  if (who.role !== 'participant') return null;
  for (const key of NOT_FOR_PARTICIPANTS) if (!same(before[key], after[key])) return refuse('structure', { part: key });
  const own = (id: string) => authors.get(id) === who.id;
  for (const name of OWNED) {
    const refusal = checkOwned(name, before, after, own);
    if (refusal) return refusal;
  }
  // Which map a card opens into, which personas it concerns, the research behind it and the
  // opportunity it realises are the host's to say, on any card (a participant's own too).
  const was = new Map(before.cards.map((c) => [c.id, c]));
  if (after.cards.some((c) => c.detail !== (was.get(c.id)?.detail ?? null))) return refuse('detailLink');
  if (after.cards.some((c) => !same(c.personas, was.get(c.id)?.personas ?? []))) return refuse('cardPersonas');
  if (
    after.cards.some(
      (c) => !same(c.insights, was.get(c.id)?.insights ?? []) || c.realises !== (was.get(c.id)?.realises ?? null),
    )
  )
    return refuse('cardResearch');
  return checkVotes(before, after, who, session);
}
