import type { Database } from 'better-sqlite3';
import { detailLinks } from '../../../shared/model/detailLinks';
import type { JourneyMap, MapLink, MapSummary } from '../../../shared/model/types';

/** Replaces the detail journeys a map opens into (its cards' and stages' links); callers hold a transaction. */
export function writeLinks(db: Database, doc: JourneyMap): void {
  db.prepare('DELETE FROM map_links WHERE map_id = ?').run(doc.id);
  const insert = db.prepare('INSERT OR IGNORE INTO map_links (map_id, detail_id) VALUES (?, ?)');
  for (const detail of detailLinks(doc)) insert.run(doc.id, detail);
}

/**
 * The ids of every map joined to `id` by detail links, either way and at any depth (the map
 * itself included): its "family". UNION stops a cycle of links from running forever.
 */
export const FAMILY_IDS = `
  WITH RECURSIVE family(id) AS (
    SELECT @family
    UNION SELECT l.detail_id FROM map_links l JOIN family f ON l.map_id = f.id
    UNION SELECT l.map_id FROM map_links l JOIN family f ON l.detail_id = f.id
  ) SELECT id FROM family`;

/**
 * Each summary with the maps it opens into and the maps that open into it, among the maps not
 * in the trash (a link to a map in the trash is a broken link, not a child).
 */
export function withFamilies(db: Database, maps: MapSummary[]): MapSummary[] {
  if (!maps.length) return maps;
  const rows = db
    .prepare(
      `SELECT l.map_id AS parent, pm.title AS parentTitle, l.detail_id AS child, cm.title AS childTitle
       FROM map_links l JOIN maps pm ON pm.id = l.map_id JOIN maps cm ON cm.id = l.detail_id
       WHERE pm.deleted_at IS NULL AND cm.deleted_at IS NULL AND l.map_id <> l.detail_id`,
    )
    .all() as { parent: string; parentTitle: string; child: string; childTitle: string }[];
  const parents = new Map<string, MapLink[]>();
  const children = new Map<string, MapLink[]>();
  const add = (index: Map<string, MapLink[]>, key: string, link: MapLink) =>
    index.set(key, [...(index.get(key) ?? []), link]);
  for (const r of rows) {
    add(parents, r.child, { id: r.parent, title: r.parentTitle });
    add(children, r.parent, { id: r.child, title: r.childTitle });
  }
  return maps.map((m) => ({ ...m, detailOf: parents.get(m.id) ?? [], details: children.get(m.id) ?? [] }));
}
