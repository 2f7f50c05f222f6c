import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { presenceSchema, type Presence } from '../../../shared/collab/roomPresence';

/**
 * Presence in the room through Yjs awareness: each phone sets its own state (name, stage,
 * typing); the server keeps them in one Awareness, checks that a socket speaks only for the
 * awareness clients it started and that every state is a well-formed presence, and drops a
 * person's states when their socket closes.
 */
export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owners = new Map<number, unknown>();

  constructor(doc: Y.Doc) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
  }

  /** Applies a socket's awareness update, or says it is not theirs to send (false). */
  apply(update: Uint8Array, owner: unknown): boolean {
    const d = decoding.createDecoder(update);
    const count = decoding.readVarUint(d);
    const seen: number[] = [];
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(d);
      decoding.readVarUint(d);
      const state: unknown = JSON.parse(decoding.readVarString(d));
      const mine = this.owners.get(client);
      if ((mine !== undefined && mine !== owner) || (state !== null && !presenceSchema.safeParse(state).success))
        return false;
      seen.push(client);
    }
    for (const client of seen) this.owners.set(client, owner);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, owner);
    return true;
  }

  /** The presence a socket last set (its newest awareness client), if any. */
  of(owner: unknown): Presence | null {
    let found: Presence | null = null;
    for (const [client, who] of this.owners) {
      const state = this.awareness.getStates().get(client);
      if (who === owner && state) found = state as Presence;
    }
    return found;
  }

  leave(owner: unknown): void {
    const clients = [...this.owners].filter(([, who]) => who === owner).map(([c]) => c);
    clients.forEach((c) => this.owners.delete(c));
    awarenessProtocol.removeAwarenessStates(this.awareness, clients, owner);
  }

  destroy(): void {
    this.awareness.destroy();
  }
}
