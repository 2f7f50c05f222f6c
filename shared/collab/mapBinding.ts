import * as Y from 'yjs';
import type { JourneyMap } from '../model/types';

/**
 * The map as a Yjs document, for shared editing (the workshop room) and solo editing alike: the
 * store keeps its pure model operations, and this binding reconciles each resulting document
 * into the Y.Doc by id, and turns the Y.Doc (after remote updates) back into an immutable
 * JourneyMap that reuses every unchanged object.
 *
 * Layout of the Y.Doc: `meta` holds the map's scalar fields as plain JSON values; each entity
 * collection is a Y.Map from id to a Y.Map of fields (a card's text is a Y.Text, so two people
 * typing in one card merge character by character), with a Y.Array of ids keeping its order.
 */

/** The collections kept by id, and the field that identifies an entity in each. */
export const COLLECTIONS = [
  ['stages', 'id'],
  ['lanes', 'id'],
  ['cards', 'id'],
  ['emotions', 'stageId'],
  ['personas', 'id'],
  ['connectors', 'id'],
  ['sources', 'id'],
  ['questions', 'id'],
  ['votes', 'id'],
  ['comments', 'id'],
  ['opportunities', 'id'],
] as const;

type CollectionName = (typeof COLLECTIONS)[number][0];
type Entity = Record<string, unknown>;
type MetaKey = Exclude<keyof JourneyMap, CollectionName>;

/** The map's scalar fields, kept in the Y.Doc's `meta` map. */
export const META_KEYS = [
  'formatVersion',
  'id',
  'title',
  'kind',
  'language',
  'persona',
  'personaId',
  'derivedFrom',
  'scenario',
  'metrics',
  'createdAt',
  'updatedAt',
] as const satisfies readonly MetaKey[];

/** Fields that are Y.Text rather than plain values: text people type at the same time. */
export const TEXT_FIELDS: Partial<Record<CollectionName, readonly string[]>> = { cards: ['text'] };

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Rewrites a Y.Text to `next` with the smallest splice (common prefix and suffix kept). */
function spliceText(text: Y.Text, next: string): void {
  const now = text.toString();
  if (now === next) return;
  let start = 0;
  while (start < now.length && start < next.length && now[start] === next[start]) start += 1;
  let end = 0;
  while (
    end < now.length - start &&
    end < next.length - start &&
    now[now.length - 1 - end] === next[next.length - 1 - end]
  )
    end += 1;
  if (now.length - start - end > 0) text.delete(start, now.length - start - end);
  if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
}

function writeEntity(map: Y.Map<unknown>, entity: Entity, textFields: readonly string[]): void {
  for (const [field, value] of Object.entries(entity)) {
    const current = map.get(field);
    if (textFields.includes(field)) {
      if (current instanceof Y.Text) spliceText(current, value as string);
      else map.set(field, new Y.Text(value as string));
    } else if (!same(current, value)) map.set(field, value);
  }
  for (const field of [...map.keys()]) if (!(field in entity)) map.delete(field);
}

function writeOrder(order: Y.Array<string>, ids: readonly string[]): void {
  if (same(readOrder(order, new Set(ids)), ids)) return;
  order.delete(0, order.length);
  order.insert(0, [...ids]);
}

/** The order list without duplicates (two peers may insert the same id) and only live ids. */
function readOrder(order: Y.Array<string>, live: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  for (const id of order.toArray()) if (live.has(id)) seen.add(id);
  // Ids the order lost track of (a concurrent rewrite) go last, in a stable order.
  for (const id of [...live].sort()) seen.add(id);
  return [...seen];
}

/**
 * Reconciles `doc` into the Y.Doc in one transaction tagged with `origin` (the local person,
 * for their undo history): only what differs is written, so concurrent edits to other fields
 * and other entities survive the merge. Returns whether anything differed.
 *
 * `previous`, when given, is the map the Y.Doc holds now: objects it shares with `doc` are
 * known to be unchanged and are skipped, so a keystroke costs one card, not the whole map.
 */
export function writeMap(ydoc: Y.Doc, doc: JourneyMap, origin: unknown = null, previous?: JourneyMap): boolean {
  let changed = false;
  ydoc.transact((tr) => {
    const meta = ydoc.getMap<unknown>('meta');
    for (const key of META_KEYS)
      if (previous?.[key] !== doc[key] && !same(meta.get(key), doc[key])) meta.set(key, doc[key]);
    for (const [name, key] of COLLECTIONS) {
      if (previous && previous[name] === doc[name]) continue;
      const entities = doc[name] as readonly Entity[];
      const map = ydoc.getMap<Y.Map<unknown>>(name);
      const ids = entities.map((e) => e[key] as string);
      const keep = new Set(ids);
      const before = new Map(((previous?.[name] ?? []) as readonly Entity[]).map((e) => [e[key] as string, e]));
      for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
      for (const [i, entity] of entities.entries()) {
        if (before.get(ids[i]!) === entity) continue;
        let ymap = map.get(ids[i]!);
        if (!ymap) {
          ymap = new Y.Map<unknown>();
          map.set(ids[i]!, ymap);
        }
        writeEntity(ymap, entity, TEXT_FIELDS[name] ?? []);
      }
      writeOrder(ydoc.getArray<string>(`${name}Order`), ids);
    }
    changed = tr.changed.size > 0 || tr.deleteSet.clients.size > 0;
  }, origin);
  return changed;
}

function readEntity(ymap: Y.Map<unknown>): Entity {
  const entity: Entity = {};
  for (const [field, value] of ymap.entries()) entity[field] = value instanceof Y.Text ? value.toString() : value;
  return entity;
}

/** The entity as before when nothing in it changed, so React re-renders only what did. */
function reuse<T extends Entity>(fresh: T, previous: T | undefined): T {
  if (!previous) return fresh;
  const keys = Object.keys(fresh);
  if (keys.length !== Object.keys(previous).length) return fresh;
  return keys.every((k) => same(fresh[k], previous[k])) ? previous : fresh;
}

/**
 * The Y.Doc as a JourneyMap. With `previous`, every unchanged entity (and every unchanged
 * collection array) is the previous object itself. The result is not yet validated: after a
 * merge it may hold dangling references, which `settleMerged` removes.
 */
export function readMap(ydoc: Y.Doc, previous?: JourneyMap): JourneyMap {
  const meta = ydoc.getMap<unknown>('meta');
  const doc: Record<string, unknown> = {};
  for (const key of META_KEYS) {
    const value = meta.get(key);
    doc[key] = previous && same(previous[key], value) ? previous[key] : value;
  }
  for (const [name, key] of COLLECTIONS) {
    const map = ydoc.getMap<Y.Map<unknown>>(name);
    const before = new Map(((previous?.[name] ?? []) as readonly Entity[]).map((e) => [e[key] as string, e]));
    const order = readOrder(ydoc.getArray<string>(`${name}Order`), new Set(map.keys()));
    const list = order.map((id) => reuse(readEntity(map.get(id)!), before.get(id)));
    const old = previous?.[name] as readonly Entity[] | undefined;
    doc[name] = old && old.length === list.length && list.every((e, i) => e === old[i]) ? old : list;
  }
  if (previous && Object.keys(doc).every((k) => doc[k] === previous[k as keyof JourneyMap])) return previous;
  return doc as unknown as JourneyMap;
}

/** A Y.Doc holding `doc`, written with no origin (not anyone's undoable step). */
export function createMapDoc(doc: JourneyMap): Y.Doc {
  const ydoc = new Y.Doc();
  writeMap(ydoc, doc);
  return ydoc;
}
