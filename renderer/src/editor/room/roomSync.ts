import * as Y from 'yjs';
import type { RoomMember } from '../../../../shared/collab/roomPresence';
import type { WaymarkApi } from '../../../../shared/ipc/api';
import { bytesToBase64, base64ToBytes } from '../../export/base64';
import { unwrap } from '../../ipc/bridge';
import { ORIGINS, isRelayed } from '../../../../shared/collab/origins';

/** How often the window asks the room for participants' changes. */
const PULL_MS = 150;
/** A pan, zoom or drag is going on if the last wheel or pressed-pointer move was this recent. */
const GESTURE_MS = 250;
/** Participants' cards wait at most this long for a gesture to pause. */
const HOLD_MAX_MS = 1000;

/**
 * While the host pans, zooms or drags, the room's new cards wait (up to a second) for the
 * gesture to pause: each batch moves many cards (a lane grows), and applying it mid-gesture
 * would cost the gesture its frames.
 */
function gestureWatch(): { busy: () => boolean; stop: () => void } {
  let last = 0;
  const mark = () => (last = performance.now());
  const move = (e: PointerEvent) => e.buttons && mark();
  window.addEventListener('wheel', mark, { passive: true, capture: true });
  window.addEventListener('pointermove', move, { passive: true, capture: true });
  return {
    busy: () => performance.now() - last < GESTURE_MS,
    stop: () => {
      window.removeEventListener('wheel', mark, { capture: true });
      window.removeEventListener('pointermove', move, { capture: true });
    },
  };
}

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
    if (isRelayed(origin)) void api.room.update({ update: bytesToBase64(update) });
  };
  doc.on('update', send);
  const gesture = gestureWatch();
  let held: Uint8Array[] = [];
  let heldSince = 0;
  const applyHeld = () => {
    if (!held.length) return;
    if (gesture.busy() && performance.now() - heldSince < HOLD_MAX_MS) return;
    Y.applyUpdate(doc, held.length === 1 ? held[0]! : Y.mergeUpdates(held), ORIGINS.fromRoom);
    held = [];
  };
  let busy = false;
  const timer = setInterval(() => {
    applyHeld();
    if (busy) return;
    busy = true;
    void unwrap(api.room.pull({}))
      .then(({ updates, people, open }) => {
        if (updates.length && !held.length) heldSince = performance.now();
        held.push(...updates.map(base64ToBytes));
        applyHeld();
        onPeople(people, open);
      })
      .catch(() => onPeople([], false))
      .finally(() => (busy = false));
  }, PULL_MS);
  return () => {
    doc.off('update', send);
    clearInterval(timer);
    gesture.stop();
    // Nothing a participant sent is lost when the room closes mid-gesture.
    if (held.length) Y.applyUpdate(doc, Y.mergeUpdates(held), ORIGINS.fromRoom);
  };
}
