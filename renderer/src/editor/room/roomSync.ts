import * as Y from 'yjs';
import type { RoomMember } from '../../../../shared/collab/roomPresence';
import type { Translatable } from '../../../../shared/model/translatable';
import type { WaymarkApi } from '../../../../shared/ipc/api';
import { bytesToBase64, base64ToBytes } from '../../export/base64';
import type { WaymarkEvents } from '../../../../shared/ipc/channels';
import { ORIGINS, isRelayed } from '../../../../shared/collab/origins';

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
  // Without a window (the service driven from Node in tests) nobody gestures.
  if (typeof window === 'undefined') return { busy: () => false, stop: () => {} };
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
 * an undo) goes to the room; the participants' changes arrive as the main process pushes them
 * (ROOM_CHANGED_EVENT) and come back to the store through the document binding like an undo does.
 */
export function startRoomSync(
  api: WaymarkApi,
  events: Pick<WaymarkEvents, 'onRoomChanged'>,
  doc: Y.Doc,
  onPeople: (people: RoomMember[]) => void,
  onNotice: (notice: Translatable, open: boolean) => void = () => {},
): () => void {
  const send = (update: Uint8Array, origin: unknown) => {
    if (isRelayed(origin)) void api.room.update({ update: bytesToBase64(update) });
  };
  doc.on('update', send);
  const gesture = gestureWatch();
  let held: Uint8Array[] = [];
  let heldSince = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const applyHeld = () => {
    retry = null;
    if (!held.length) return;
    if (gesture.busy() && performance.now() - heldSince < HOLD_MAX_MS) {
      // Looked at again once the gesture may have paused; no timer runs while nothing is held.
      retry ??= setTimeout(applyHeld, GESTURE_MS);
      return;
    }
    Y.applyUpdate(doc, held.length === 1 ? held[0]! : Y.mergeUpdates(held), ORIGINS.fromRoom);
    held = [];
  };
  const stopEvents = events.onRoomChanged(({ updates, people, open, notice }) => {
    if (updates.length && !held.length) heldSince = performance.now();
    held.push(...updates.map(base64ToBytes));
    applyHeld();
    if (open) onPeople(people);
    if (notice) onNotice(notice, open);
  });
  return () => {
    stopEvents();
    doc.off('update', send);
    if (retry) clearTimeout(retry);
    gesture.stop();
    // Nothing a participant sent is lost when the room closes mid-gesture.
    if (held.length) Y.applyUpdate(doc, Y.mergeUpdates(held), ORIGINS.fromRoom);
  };
}
