import * as Y from 'yjs';
import { AUTHORS_KEY } from '../../../shared/collab/authors';
import { readMap } from '../../../shared/collab/mapBinding';
import { checkChange, type RoomPerson } from '../../../shared/collab/roleCheck';
import { HIDDEN_KEY, readSession, SESSION_KEY } from '../../../shared/collab/roomSession';
import { settleMerged } from '../../../shared/collab/settleMerged';
import type { Translatable } from '../../../shared/ipc/errors';
import type { JourneyMap } from '../../../shared/model/types';

const entries = (doc: Y.Doc, key: string) => new Map(doc.getMap<unknown>(key).entries());
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ids = (doc: JourneyMap) => new Set([...doc.cards, ...doc.votes, ...doc.comments].map((x) => x.id));

/**
 * Claims in the side maps: a person may name themselves the author of what they add in this
 * very update (and hide their own new cards during silent brainstorm), nothing else. Only the
 * host writes the room's settings.
 */
function checkClaims(
  before: { doc: JourneyMap; authors: Map<string, unknown>; hidden: Map<string, unknown>; session: unknown },
  copy: Y.Doc,
  person: RoomPerson,
): Translatable | null {
  if (!same(before.session, copy.getMap(SESSION_KEY).toJSON()))
    return { key: 'room.refused.structure', params: { part: 'room' } };
  const existing = ids(before.doc);
  const authors = entries(copy, AUTHORS_KEY);
  for (const [id, author] of authors)
    if (before.authors.get(id) !== author && (author !== person.id || existing.has(id)))
      return { key: 'room.refused.notYourCard', params: { text: '' } };
  const hidden = entries(copy, HIDDEN_KEY);
  for (const id of before.hidden.keys())
    if (!hidden.has(id)) return { key: 'room.refused.structure', params: { part: 'room' } };
  for (const id of hidden.keys())
    if (!before.hidden.has(id) && (authors.get(id) !== person.id || existing.has(id)))
      return { key: 'room.refused.notYourCard', params: { text: '' } };
  return null;
}

/**
 * Whether an update from `person` may be applied to the room's document. It is applied to a
 * copy first and the two maps compared (checkChange); an update that cannot even be decoded
 * is refused too. The room's document is never touched here.
 */
export function guardUpdate(room: Y.Doc, update: Uint8Array, person: RoomPerson): Translatable | null {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(room));
  const before = {
    doc: readMap(copy),
    authors: entries(copy, AUTHORS_KEY),
    hidden: entries(copy, HIDDEN_KEY),
    session: copy.getMap(SESSION_KEY).toJSON(),
  };
  try {
    Y.applyUpdate(copy, update);
  } catch {
    return { key: 'room.refused.malformed' };
  }
  const claims = checkClaims(before, copy, person);
  if (claims) return claims;
  const after = settleMerged(readMap(copy));
  return checkChange(
    before.doc,
    after,
    person,
    new Map(entries(copy, AUTHORS_KEY) as Map<string, string>),
    readSession(copy),
  );
}
