import { z } from 'zod';
import { cleanString } from '../model/cleanText';
import { LIMITS } from '../model/limits';
import type { RoomRole } from './roleCheck';

/**
 * What a phone says about its person through Yjs awareness: the name they entered, the stage
 * they are looking at, whether they are typing. The server checks it with this schema before
 * anyone else sees it.
 */
export const presenceSchema = z.strictObject({
  name: cleanString(LIMITS.nameChars),
  stage: z.string().max(100).nullable(),
  editing: z.boolean(),
});
export type Presence = z.infer<typeof presenceSchema>;

/** A person in the room as the host's panel and every phone list them. */
export interface RoomMember {
  id: string;
  role: RoomRole;
  /** '' until the person has entered one. */
  name: string;
  colour: string;
  stage: string | null;
  editing: boolean;
  /** Waiting in the lobby for the host to let them in. */
  waiting: boolean;
}

/** Colours told apart on a projector and by most colour-blind eyes (Okabe–Ito). */
export const ROOM_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

/** A person's colour, the same each time they come back (it follows their id). */
export function colourOf(personId: string): string {
  let h = 0;
  for (const ch of personId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return ROOM_COLOURS[h % ROOM_COLOURS.length]!;
}
