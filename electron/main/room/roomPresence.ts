import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { presenceSchema, type Presence } from '../../../shared/collab/roomPresence';
import type { Translatable } from '../../../shared/ipc/errors';
import { ROOM_LIMITS } from '../../../shared/model/limits';

/**
 * Presence in the room through Yjs awareness: each phone sets its own state (name, stage,
 * typing); the server keeps them in one Awareness. A socket speaks for one awareness client at
 * a time (a phone that starts its document again gets a new one, which replaces the old), never
 * for another socket's, and every state must be a well-formed presence; a person's state goes
 * when their socket closes. So the room holds at most one state per socket and presence work
 * is linear in people.
 */
export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly ownerOf = new Map<number, unknown>();
  private readonly clientOf = new Map<unknown, number>();

  constructor(doc: Y.Doc) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
  }

  /** Applies a socket's awareness update, or says why it may not (nothing is applied then). */
  apply(update: Uint8Array, owner: unknown): Translatable | null {
    const d = decoding.createDecoder(update);
    const count = decoding.readVarUint(d);
    if (count > ROOM_LIMITS.presencePerSocket) return { key: 'room.refused.tooMuchPresence' };
    if (count === 0) return null;
    const client = decoding.readVarUint(d);
    decoding.readVarUint(d);
    const state: unknown = JSON.parse(decoding.readVarString(d));
    const holder = this.ownerOf.get(client);
    if (holder !== undefined && holder !== owner) return { key: 'room.refused.malformed' };
    if (state !== null && !presenceSchema.safeParse(state).success) return { key: 'room.refused.malformed' };
    const previous = this.clientOf.get(owner);
    if (previous !== undefined && previous !== client) this.drop(previous, owner);
    this.ownerOf.set(client, owner);
    this.clientOf.set(owner, client);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, owner);
    return null;
  }

  /** The presence a socket last set, if any. */
  of(owner: unknown): Presence | null {
    const client = this.clientOf.get(owner);
    const state = client === undefined ? undefined : this.awareness.getStates().get(client);
    return (state as Presence | undefined) ?? null;
  }

  leave(owner: unknown): void {
    const client = this.clientOf.get(owner);
    if (client !== undefined) this.drop(client, owner);
  }

  private drop(client: number, owner: unknown): void {
    this.ownerOf.delete(client);
    if (this.clientOf.get(owner) === client) this.clientOf.delete(owner);
    awarenessProtocol.removeAwarenessStates(this.awareness, [client], owner);
  }

  destroy(): void {
    this.awareness.destroy();
  }
}
