/**
 * Every Yjs transaction origin in Waymark, declared once: who made a change, whether this person
 * can undo it, and whether it is sent on to the other side of the boundary it is on (the window
 * to the room, the room to the window). A change that arrived from the other side is never sent
 * back, which is what keeps two documents from echoing each other for ever.
 */
export interface Origin {
  readonly name: string;
  /** Tracked by this person's undo history (Y.UndoManager's trackedOrigins). */
  readonly undoable: boolean;
  /** Sent on across the boundary (to the room from the window, to the window from the room). */
  readonly relayed: boolean;
}

const origin = (name: string, undoable: boolean, relayed: boolean): Origin =>
  Object.freeze({ name, undoable, relayed });

export const ORIGINS = {
  /** The window's own edits, through the store's change(): one undo step each (or burst). */
  local: origin('this window', true, true),
  /** A merged map settled after concurrent edits met badly: everyone's, so nobody's undo step. */
  settling: origin('settling a merge', false, true),
  /** The facilitator's room controls (silent writing, reveal, timer): not map edits. */
  hostSession: origin('host session', false, true),
  /** Updates that came from the room (in the host window or on a phone). */
  fromRoom: origin('from the room', false, false),
  /** In the room's process: updates that came from the host window. */
  fromHost: origin('from the host window', false, false),
} as const;

/** The origins one person's undo history tracks. */
export const UNDOABLE_ORIGINS: ReadonlySet<Origin> = new Set(Object.values(ORIGINS).filter((o) => o.undoable));

/**
 * Whether a transaction's change goes on across the boundary. An origin Waymark did not declare
 * (a library's own, or none) is a local change: relayed.
 */
export function isRelayed(transactionOrigin: unknown): boolean {
  const known = Object.values(ORIGINS).find((o) => o === transactionOrigin);
  return known ? known.relayed : true;
}
