import { ROOM_LIMITS } from '../model/limits';
import * as Y from 'yjs';
import { z } from 'zod';
import { CARD_TYPES } from '../model/constants';

/**
 * What the facilitator has set for the room, kept beside the map in the room's Y.Doc so every
 * phone learns it with the map: structure locked, silent brainstorm, the open dot vote, the
 * timer. Only the host writes it (the server refuses any participant's change to it), and it
 * is never saved with the map.
 */
export const SESSION_KEY = 'roomSession';

/**
 * Cards hidden by silent brainstorm: card id → true, set by the participant who adds the card
 * while brainstorm is silent, cleared by the host's Reveal.
 */
export const HIDDEN_KEY = 'roomHidden';

export const roomSessionSchema = z.strictObject({
  /** Stages, lanes and the map's kind stay as they are, whoever asks. */
  locked: z.boolean(),
  /** Participants see only their own new cards until the host reveals them. */
  silent: z.boolean(),
  /**
   * An open dot vote: dots per person, on cards of these types, or (`opportunities`) on the
   * opportunities of the map's backlog instead of its cards.
   */
  vote: z
    .strictObject({
      dots: z.number().int().min(1).max(ROOM_LIMITS.dotsPerPerson),
      types: z.array(z.enum(CARD_TYPES)),
      opportunities: z.boolean().default(false),
    })
    .nullable(),
  /**
   * The present-mode timer: when it ends on the host's clock (running), or how much is left
   * (paused). Phones correct for their own clock with the server time they were welcomed with.
   */
  timer: z.strictObject({ endsAt: z.number().nullable(), leftMs: z.number().min(0) }).nullable(),
});

export type RoomSession = z.infer<typeof roomSessionSchema>;

export const NO_SESSION: RoomSession = { locked: false, silent: false, vote: null, timer: null };

export function readSession(doc: Y.Doc): RoomSession {
  const parsed = roomSessionSchema.safeParse(doc.getMap(SESSION_KEY).get('state'));
  return parsed.success ? parsed.data : NO_SESSION;
}

export function writeSession(doc: Y.Doc, session: RoomSession, origin: unknown): void {
  doc.transact(() => doc.getMap(SESSION_KEY).set('state', session), origin);
}

export function hiddenCards(doc: Y.Doc): ReadonlySet<string> {
  return new Set(doc.getMap(HIDDEN_KEY).keys());
}

/** The host's Reveal: every card hidden by silent brainstorm is shown to all. */
export function revealCards(doc: Y.Doc, origin: unknown): void {
  const hidden = doc.getMap(HIDDEN_KEY);
  if (hidden.size) doc.transact(() => [...hidden.keys()].forEach((k) => hidden.delete(k)), origin);
}
