import * as Y from 'yjs';
import { journeyMapShape } from '../schema/document';
import type { Translatable } from '../model/translatable';
import { AUTHORS_KEY } from './authors';
import { COLLECTIONS, META_KEYS, TEXT_FIELDS } from './mapBinding';
import { HIDDEN_KEY, SESSION_KEY } from './roomSession';

type Collection = (typeof COLLECTIONS)[number][0];

/** The fields an entity of each collection may have: the document schema's own (strict) keys. */
const ENTITY_FIELDS = new Map<string, ReadonlySet<string>>(
  COLLECTIONS.map(([name]) => [name, new Set(Object.keys(journeyMapShape.shape[name].element.shape))]),
);

/** What each shared type at the top of a room's document is: the map's, or the room's own beside it. */
type Root =
  | { kind: 'meta' }
  | { kind: 'collection'; name: Collection }
  | { kind: 'order'; name: Collection }
  | { kind: 'authors' | 'hidden' | 'session' };

export const ROOM_ROOTS: ReadonlyMap<string, Root> = new Map<string, Root>([
  ['meta', { kind: 'meta' }],
  ...COLLECTIONS.flatMap(([name]): [string, Root][] => [
    [name, { kind: 'collection', name }],
    [`${name}Order`, { kind: 'order', name }],
  ]),
  [AUTHORS_KEY, { kind: 'authors' }],
  [HIDDEN_KEY, { kind: 'hidden' }],
  [SESSION_KEY, { kind: 'session' }],
]);

const unknown = (part: string): Translatable => ({ key: 'room.refused.unknownShape', params: { part } });

const plain = (c: Y.Item['content']) => c instanceof Y.ContentAny || c instanceof Y.ContentDeleted;
const holds = (c: Y.Item['content'], type: typeof Y.Map | typeof Y.Text) =>
  c instanceof Y.ContentType && c.type instanceof type;

/** The ids a new order entry lists: each must name an entity its collection has (or had) in this room. */
function orderIds(item: Y.Item, known: (name: Collection) => ReadonlySet<string>, name: Collection): boolean {
  if (item.content instanceof Y.ContentDeleted) return true;
  if (!(item.content instanceof Y.ContentAny)) return false;
  const ids = known(name);
  return item.content.getContent().every((id) => typeof id === 'string' && ids.has(id));
}

/** Whether a new item directly under a top-level type is of the shape that type holds. */
function rootItemFits(item: Y.Item, root: Root, known: (name: Collection) => ReadonlySet<string>): boolean {
  const key = item.parentSub;
  switch (root.kind) {
    case 'meta':
      return key !== null && (META_KEYS as readonly string[]).includes(key) && plain(item.content);
    case 'collection':
      return key !== null && (holds(item.content, Y.Map) || item.content instanceof Y.ContentDeleted);
    case 'order':
      return key === null && orderIds(item, known, root.name);
    case 'session':
      return key === 'state' && plain(item.content);
    default:
      return key !== null && plain(item.content);
  }
}

/** Where an item sits: its top-level type's name and the types between (entity, then text). */
function placeOf(item: Y.Item, names: ReadonlyMap<unknown, string>) {
  const path: Y.AbstractType<unknown>[] = [];
  let type = item.parent as Y.AbstractType<unknown>;
  while (type._item) {
    path.unshift(type);
    type = type._item.parent as Y.AbstractType<unknown>;
  }
  return { root: names.get(type) ?? null, path };
}

/**
 * The first item `tr` added that is not of a shape the room's role check reads, or null. Only
 * the map's own types (meta keys, collections of entities with their schema's fields, order
 * lists naming known ids, a card's text as plain text) and the room's side maps may grow: a new
 * top-level type, an unknown key, an order id naming no entity, formatting or an embed in a card's
 * text would pass the check unseen and then be downloaded by every newcomer.
 */
export function shapeRefusal(tr: Y.Transaction, known: (name: Collection) => ReadonlySet<string>): Translatable | null {
  const names = new Map<unknown, string>();
  for (const [name, type] of tr.doc.share) names.set(type, name);
  for (const [client, end] of tr.afterState) {
    const structs = tr.doc.store.clients.get(client) ?? [];
    const start = tr.beforeState.get(client) ?? 0;
    if (start >= end) continue;
    for (let i = Y.findIndexSS(structs, start); i < structs.length; i++) {
      const item = structs[i]!;
      if (!(item instanceof Y.Item)) continue;
      const refusal = itemRefusal(item, names, known);
      if (refusal) return refusal;
    }
  }
  return null;
}

function itemRefusal(
  item: Y.Item,
  names: ReadonlyMap<unknown, string>,
  known: (name: Collection) => ReadonlySet<string>,
): Translatable | null {
  const { root: name, path } = placeOf(item, names);
  const root = name === null ? undefined : ROOM_ROOTS.get(name);
  if (!root) return unknown(name ?? '?');
  if (path.length === 0) return rootItemFits(item, root, known) ? null : unknown(`${name}.${item.parentSub ?? ''}`);
  if (root.kind !== 'collection') return unknown(name!);
  const fields = ENTITY_FIELDS.get(root.name)!;
  const texts: readonly string[] = TEXT_FIELDS[root.name] ?? [];
  if (path.length === 1) {
    const field = item.parentSub;
    if (field === null || !fields.has(field)) return unknown(`${root.name}.${field ?? ''}`);
    const fits = texts.includes(field) ? holds(item.content, Y.Text) : plain(item.content);
    return fits || item.content instanceof Y.ContentDeleted ? null : unknown(`${root.name}.${field}`);
  }
  // Inside a card's text: characters only (no formatting, no embedded objects).
  const field = path[1]?._item?.parentSub ?? '';
  const inText = path.length === 2 && path[1] instanceof Y.Text && texts.includes(field);
  return inText && (item.content instanceof Y.ContentString || item.content instanceof Y.ContentDeleted)
    ? null
    : unknown(`${root.name}.${field}`);
}
