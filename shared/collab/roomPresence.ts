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

/**
 * Twelve colours told apart on a projector and by most colour-blind eyes: Okabe–Ito's eight
 * (yellow darkened to read on white) and four of Paul Tol's muted set.
 */
export const ROOM_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#B8A000',
  '#882255',
  '#44AA99',
  '#332288',
  '#999933',
] as const;

/**
 * Each person's colour, different from everyone else in the room while there are no more
 * people than colours: the first free one on arrival, kept while they come and go.
 */
export class RoomColours {
  private readonly given = new Map<string, number>();

  colourOf(personId: string, present: readonly string[]): string {
    const taken = new Set(present.filter((id) => id !== personId).map((id) => this.given.get(id)));
    const mine = this.given.get(personId);
    if (mine !== undefined && !taken.has(mine)) return ROOM_COLOURS[mine]!;
    const free = ROOM_COLOURS.findIndex((_, i) => !taken.has(i));
    // More people than colours: they share, the newest first.
    const index = free >= 0 ? free : this.given.size % ROOM_COLOURS.length;
    this.given.set(personId, index);
    return ROOM_COLOURS[index]!;
  }
}
