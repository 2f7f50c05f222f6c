import * as Y from 'yjs';
import type { RoomMember } from '../../../../shared/collab/roomPresence';
import type { WaymarkApi } from '../../../../shared/ipc/api';
import { bytesToBase64, base64ToBytes } from '../../export/base64';
import { unwrap } from '../../ipc/bridge';

const FROM_ROOM = Symbol('room');
/** How often the window asks the room for participants' changes. */
const PULL_MS = 150;

/**
 * Keeps the window's map and the room's in step: every change to the window's Y.Doc (an edit,
 * an undo) goes to the room; the participants' changes are pulled and applied, and come back to
 * the store through the document binding like an undo does.
 */
export function startRoomSync(
  api: WaymarkApi,
  doc: Y.Doc,
  onPeople: (people: RoomMember[], open: boolean) => void,
): () => void {
  const send = (update: Uint8Array, origin: unknown) => {
    if (origin !== FROM_ROOM) void api.room.update({ update: bytesToBase64(update) });
  };
  doc.on('update', send);
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void unwrap(api.room.pull({}))
      .then(({ updates, people, open }) => {
        for (const u of updates) Y.applyUpdate(doc, base64ToBytes(u), FROM_ROOM);
        onPeople(people, open);
      })
      .catch(() => onPeople([], false))
      .finally(() => (busy = false));
  }, PULL_MS);
  return () => {
    doc.off('update', send);
    clearInterval(timer);
  };
}
