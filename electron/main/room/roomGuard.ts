import * as Y from 'yjs';
import { readMap } from '../../../shared/collab/mapBinding';
import { checkChange, type RoomPerson } from '../../../shared/collab/roleCheck';
import { settleMerged } from '../../../shared/collab/settleMerged';
import type { Translatable } from '../../../shared/ipc/errors';
import { AUTHORS_KEY } from '../../../shared/collab/authors';

/**
 * Whether an update from `person` may be applied to the room's document. It is applied to a
 * copy first and the two maps compared (checkChange): a participant adds cards and changes
 * only their own, claiming authorship of new cards for themselves only. An update that cannot
 * even be decoded is refused too. The room's document is never touched here.
 */
export function guardUpdate(room: Y.Doc, update: Uint8Array, person: RoomPerson): Translatable | null {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(room));
  const before = readMap(copy);
  const authorsBefore = new Map(copy.getMap<string>(AUTHORS_KEY).entries());
  try {
    Y.applyUpdate(copy, update);
  } catch {
    return { key: 'room.refused.malformed' };
  }
  const authors = copy.getMap<string>(AUTHORS_KEY);
  if (person.role === 'participant')
    for (const [cardId, author] of authors.entries()) {
      const was = authorsBefore.get(cardId);
      const isNew = !before.cards.some((c) => c.id === cardId);
      if (was !== author && (author !== person.id || !isNew))
        return { key: 'room.refused.notYourCard', params: { text: '' } };
    }
  const after = settleMerged(readMap(copy));
  return checkChange(before, after, person, new Map(authors.entries()));
}
