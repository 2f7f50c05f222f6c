import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { BacklogEntry } from '../../../shared/ipc/research';
import { opportunityDots } from '../../../shared/model/backlog';
import { dotsByCard } from '../../../shared/model/ops/feedback';
import type { JourneyMap, Opportunity } from '../../../shared/model/types';

/**
 * Replaces what a map's cards cite from the insight library and the map's backlog, so the
 * library can count an insight's cards and list every map's opportunities without reading
 * documents; callers hold a transaction (the map's save). Most saves change neither (a card's
 * text typed): those write no row, as saves are meant to be as small as the edit.
 */
export function writeResearch(db: Database, doc: JourneyMap): void {
  const votes = dotsByCard(doc.votes);
  const digest = (text: string) => createHash('sha256').update(text).digest('base64').slice(0, 22);
  const cited = digest(
    doc.cards.flatMap((c) => (c.insights.length ? [`${c.id}:${c.insights.join(',')}`] : [])).join('|'),
  );
  // Each opportunity's row as stored (with the room's dots), worked out once for the digest and the rows.
  const bodies = doc.opportunities.map((o) => JSON.stringify({ ...o, dots: opportunityDots(o, votes) }));
  const backlog = digest(bodies.join('\n'));
  // Kept in the map's row, in the same transaction: a save rolled back leaves both as they were.
  const stored = (
    db.prepare('SELECT research_hash AS h FROM maps WHERE id = ?').get(doc.id) as { h: string | null } | undefined
  )?.h;
  const [citedBefore, backlogBefore] = (stored ?? '').split(' ');
  if (citedBefore !== cited) {
    db.prepare('DELETE FROM card_insights WHERE map_id = ?').run(doc.id);
    const cite = db.prepare('INSERT OR IGNORE INTO card_insights (map_id, card_id, insight_id) VALUES (?, ?, ?)');
    for (const card of doc.cards) for (const insight of card.insights) cite.run(doc.id, card.id, insight);
  }
  if (backlogBefore !== backlog) {
    db.prepare('DELETE FROM backlog WHERE map_id = ?').run(doc.id);
    const add = db.prepare('INSERT INTO backlog (map_id, id, position, body) VALUES (?, ?, ?, ?)');
    // The room's dots on it and on the cards it addresses: a signal of how much the room cares.
    doc.opportunities.forEach((o, position) => add.run(doc.id, o.id, position, bodies[position]));
  }
  if (stored !== `${cited} ${backlog}`)
    db.prepare('UPDATE maps SET research_hash = ? WHERE id = ?').run(`${cited} ${backlog}`, doc.id);
}

/** Every map's backlog (maps not in the trash), map by map, each in the map's own order. */
export function listBacklog(db: Database): BacklogEntry[] {
  const rows = db
    .prepare(
      `SELECT b.map_id AS mapId, m.title AS mapTitle, b.body FROM backlog b JOIN maps m ON m.id = b.map_id
       WHERE m.deleted_at IS NULL ORDER BY m.title COLLATE NOCASE, b.map_id, b.position`,
    )
    .all() as { mapId: string; mapTitle: string; body: string }[];
  return rows.map(({ mapId, mapTitle, body }) => {
    const { dots, ...opportunity } = JSON.parse(body) as Opportunity & { dots: number };
    return { mapId, mapTitle, opportunity, dots };
  });
}
