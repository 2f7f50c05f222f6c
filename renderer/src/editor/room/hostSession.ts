import * as Y from 'yjs';
import {
  hiddenCards,
  readSession,
  revealCards,
  SESSION_KEY,
  writeSession,
  type RoomSession,
} from '../../../../shared/collab/roomSession';
import type { RoomMember } from '../../../../shared/collab/roomPresence';
import type { WaymarkStore } from '../../store/createWaymarkStore';
import type { WaymarkApi } from '../../../../shared/ipc/api';
import { unwrap } from '../../ipc/bridge';
import { ORIGINS } from '../../../../shared/collab/origins';

/** The host's room settings are nobody's edit of the map: no undo step, but sent to the room. */

const samePeople = (a: readonly RoomMember[], b: readonly RoomMember[]) => JSON.stringify(a) === JSON.stringify(b);

/** Copies the room's settings, hidden cards and people from the Y.Doc into the store (only what changed). */
export function refreshRoom(store: WaymarkStore, doc: Y.Doc, people?: readonly RoomMember[]): void {
  const room = store.getState().room;
  if (!room) return;
  const session = readSession(doc);
  const hidden = hiddenCards(doc);
  const next = {
    ...room,
    people: people && !samePeople(people, room.people) ? people : room.people,
    session: JSON.stringify(session) === JSON.stringify(room.session) ? room.session : session,
    hidden: [...hidden].join() === [...room.hidden].join() ? room.hidden : hidden,
  };
  if (next.people !== room.people || next.session !== room.session || next.hidden !== room.hidden)
    store.getState().setRoom(next);
}

/** Turns the lobby on or off: shown at once, put back if the room could not be told. */
export function setLobby(api: WaymarkApi, store: WaymarkStore, on: boolean): void {
  const show = (value: boolean) => {
    const room = store.getState().room;
    if (room) store.getState().setRoom({ ...room, lobby: value });
  };
  show(on);
  void unwrap(api.room.setLobby({ on })).catch(() => show(!on));
}

/** Changes what the host has set for the room (lock, silent brainstorm, vote, timer). */
export function setSession(store: WaymarkStore, patch: Partial<RoomSession>): void {
  const doc = store.binding.document();
  if (!doc || !store.getState().room) return;
  writeSession(doc, { ...readSession(doc), ...patch }, ORIGINS.hostSession);
  refreshRoom(store, doc);
}

/** Silent brainstorm's Reveal: every hidden card is shown to everyone; brainstorm is no longer silent. */
export function reveal(store: WaymarkStore): void {
  const doc = store.binding.document();
  if (!doc) return;
  doc.transact(() => {
    revealCards(doc, ORIGINS.hostSession);
    writeSession(doc, { ...readSession(doc), silent: false }, ORIGINS.hostSession);
  }, ORIGINS.hostSession);
  refreshRoom(store, doc);
}

/** The room is over: its settings go, so a later room starts afresh. */
export function clearSession(doc: Y.Doc): void {
  doc.transact(() => {
    revealCards(doc, ORIGINS.hostSession);
    doc.getMap(SESSION_KEY).clear();
  }, ORIGINS.hostSession);
}
