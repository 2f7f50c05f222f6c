import * as Y from 'yjs';
import { AUTHORS_KEY } from '../../../shared/collab/authors';
import { readMap } from '../../../shared/collab/mapBinding';
import { checkChange, type RoomPerson } from '../../../shared/collab/roleCheck';
import { HIDDEN_KEY, readSession, SESSION_KEY } from '../../../shared/collab/roomSession';
import { settleMerged } from '../../../shared/collab/settleMerged';
import { COLLECTIONS } from '../../../shared/collab/mapBinding';
import { shapeRefusal } from '../../../shared/collab/roomShape';
import { ROOM_LIMITS } from '../../../shared/model/limits';
import type { Translatable } from '../../../shared/ipc/errors';
import type { JourneyMap } from '../../../shared/model/types';

const entries = (doc: Y.Doc, key: string) => new Map(doc.getMap<unknown>(key).entries());
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ids = (doc: JourneyMap) => new Set([...doc.cards, ...doc.votes, ...doc.comments].map((x) => x.id));

interface Before {
  doc: JourneyMap;
  authors: Map<string, unknown>;
  hidden: Map<string, unknown>;
  session: unknown;
}

/**
 * Claims in the side maps: a person may name themselves the author of what they add in this
 * very update (and hide their own new cards during silent brainstorm), nothing else. Only the
 * host writes the room's settings.
 */
function checkClaims(before: Before, copy: Y.Doc, person: RoomPerson): Translatable | null {
  if (!same(before.session, copy.getMap(SESSION_KEY).toJSON()))
    return { key: 'room.refused.structure', params: { part: 'room' } };
  const existing = ids(before.doc);
  const authors = entries(copy, AUTHORS_KEY);
  for (const [id, author] of authors)
    if (before.authors.get(id) !== author && (author !== person.id || existing.has(id)))
      return { key: 'room.refused.notYourCard', params: { text: '' } };
  const hidden = entries(copy, HIDDEN_KEY);
  for (const id of before.hidden.keys())
    if (!hidden.has(id)) return { key: 'room.refused.structure', params: { part: 'room' } };
  for (const id of hidden.keys())
    if (!before.hidden.has(id) && (authors.get(id) !== person.id || existing.has(id)))
      return { key: 'room.refused.notYourCard', params: { text: '' } };
  return null;
}

/**
 * Decides whether an update from a person may be applied to the room's document. It keeps a
 * shadow of the room's document: an update is applied to the shadow first and the two maps
 * compared (checkChange), so the room's document is never touched by a refused update. The
 * shadow follows every change of the room (the host's too) and is rebuilt after a refusal, so
 * each check costs the update and a structurally shared read, not a copy of the whole map.
 */
export class RoomGuard {
  private shadow = new Y.Doc();
  private before: JourneyMap | undefined;
  private stale = true;
  private accepting = false;
  /** Every id each collection has held in this room: a concurrent order rewrite may still name a deleted one. */
  private readonly seen = new Map<string, Set<string>>(COLLECTIONS.map(([name]) => [name, new Set<string>()]));
  /** Bytes of participants' updates accepted, in all and per person: the document grows by at most these. */
  private grown = 0;
  private readonly grownBy = new Map<string, number>();

  constructor(
    private readonly room: Y.Doc,
    private readonly limits: { personBytes: number; roomGrowthBytes: number } = ROOM_LIMITS,
  ) {
    this.rebuild();
    room.on('update', this.follow);
  }

  private readonly follow = (update: Uint8Array) => {
    if (this.accepting) return;
    Y.applyUpdate(this.shadow, update);
    this.stale = true;
  };

  private rebuild(): void {
    this.shadow.destroy();
    this.shadow = new Y.Doc();
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.room));
    this.stale = true;
  }

  private snapshot(): Before {
    if (this.stale || !this.before) {
      this.before = readMap(this.shadow, this.before);
      this.remember(this.before);
    }
    this.stale = false;
    const s = this.shadow;
    return {
      doc: this.before,
      authors: entries(s, AUTHORS_KEY),
      hidden: entries(s, HIDDEN_KEY),
      session: s.getMap(SESSION_KEY).toJSON(),
    };
  }

  private remember(doc: JourneyMap): void {
    for (const [name, key] of COLLECTIONS) {
      const ids = this.seen.get(name)!;
      for (const entity of doc[name] as readonly Record<string, unknown>[]) ids.add(entity[key] as string);
    }
  }

  /** The ids an order list may name: those its collection holds after the update, or held before. */
  private known(name: string): ReadonlySet<string> {
    return new Set([...this.seen.get(name)!, ...this.shadow.getMap(name).keys()]);
  }

  /** A person's updates past their share, or the room's past its growth: refused before they are read. */
  private budget(update: Uint8Array, person: RoomPerson): Translatable | null {
    if (person.role === 'host') return null;
    const { personBytes, roomGrowthBytes } = this.limits;
    const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
    if ((this.grownBy.get(person.id) ?? 0) + update.length > personBytes)
      return { key: 'room.refused.personFull', params: { max: mb(personBytes) } };
    if (this.grown + update.length > roomGrowthBytes)
      return { key: 'room.refused.roomFull', params: { max: mb(roomGrowthBytes) } };
    return null;
  }

  /** A refusal, or null when the update was checked and applied to the room (with `origin`). */
  apply(update: Uint8Array, person: RoomPerson, origin: unknown): Translatable | null {
    const overBudget = this.budget(update, person);
    if (overBudget) return overBudget;
    const before = this.snapshot();
    const refusal = this.check(update, person, before);
    if (refusal) {
      this.rebuild();
      return refusal;
    }
    this.accepting = true;
    try {
      Y.applyUpdate(this.room, update, origin);
    } finally {
      this.accepting = false;
    }
    this.grown += update.length;
    this.grownBy.set(person.id, (this.grownBy.get(person.id) ?? 0) + update.length);
    return null;
  }

  private check(update: Uint8Array, person: RoomPerson, before: Before): Translatable | null {
    let shape: Translatable | null = null;
    const cache = new Map<string, ReadonlySet<string>>();
    const known = (name: string) => cache.get(name) ?? cache.set(name, this.known(name)).get(name)!;
    const inspect = (tr: Y.Transaction) => {
      shape ??= shapeRefusal(tr, known);
    };
    this.shadow.on('afterTransaction', inspect);
    try {
      Y.applyUpdate(this.shadow, update);
    } catch {
      return { key: 'room.refused.malformed' };
    } finally {
      this.shadow.off('afterTransaction', inspect);
    }
    // An update that needs changes the room never had cannot be checked (nor safely kept).
    if (this.shadow.store.pendingStructs || this.shadow.store.pendingDs) return { key: 'room.refused.malformed' };
    if (shape) return shape;
    const claims = checkClaims(before, this.shadow, person);
    if (claims) return claims;
    const read = readMap(this.shadow, before.doc);
    const refusal = checkChange(
      before.doc,
      settleMerged(read),
      person,
      entries(this.shadow, AUTHORS_KEY) as Map<string, string>,
      readSession(this.shadow),
    );
    if (!refusal) {
      this.before = read;
      this.stale = false;
    }
    return refusal;
  }

  destroy(): void {
    this.room.off('update', this.follow);
    this.shadow.destroy();
  }
}
