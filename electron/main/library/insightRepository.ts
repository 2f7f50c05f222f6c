import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { newId } from '../../../shared/model/ids';
import {
  type CarriedInsight,
  type InsightFields,
  type LibraryInsight,
  insightFieldsSchema,
  insightIdentity,
} from '../../../shared/model/insight';
import { LIMITS } from '../../../shared/model/limits';
import { foldForSearch } from '../../../shared/model/searchText';
import type { BacklogEntry, InsightCitation, InsightPage, InsightQuery } from '../../../shared/ipc/research';
import { LibraryError } from './errors';
import { listBacklog } from './mapResearch';
import { ftsQuery } from './mapSearch';
import type { MapRepository } from './mapRepository';
import { writeTransaction } from './transaction';

interface InsightRow {
  id: string;
  text: string;
  kind: LibraryInsight['kind'];
  source: LibraryInsight['source'];
  who: string;
  date: string;
  link: string;
  tags: string;
  created_at: string;
  updated_at: string;
  card_count: number;
}

// Cards on maps in the trash do not count: the map is gone until it is restored.
const CARD_COUNT = `(SELECT COUNT(*) FROM card_insights ci JOIN maps m ON m.id = ci.map_id
  WHERE ci.insight_id = i.id AND m.deleted_at IS NULL) AS card_count`;

const toInsight = (r: InsightRow): LibraryInsight => ({
  id: r.id,
  text: r.text,
  kind: r.kind,
  source: r.source,
  who: r.who,
  date: r.date,
  link: r.link,
  tags: JSON.parse(r.tags) as string[],
  cardCount: r.card_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The same insight twice is one row: the identity is a hash of what makes it the same one. */
const identityOf = (f: InsightFields) => createHash('sha256').update(insightIdentity(f)).digest('hex');

/** What the full-text index holds for an insight: its words, who said it and its tags, accents folded. */
const searchBody = (f: InsightFields) => foldForSearch([f.text, f.who, ...f.tags].join('\n'));

const notFound = () =>
  new LibraryError('NOT_FOUND', 'That insight is no longer in the library.', { key: 'errors.insightGone' });

/**
 * The insight library: research notes (quotes, observations, figures) that cards cite. A card
 * points at an insight by id, so correcting an insight here corrects it on every map.
 */
export class InsightRepository {
  constructor(
    private readonly db: Database,
    private readonly maps: MapRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A page of insights, newest first, or the best matches of a search (accent-blind, đ included). */
  list({ query, source, limit, offset }: InsightQuery): InsightPage {
    const match = ftsQuery(query);
    // `+i.rowid`: the matches are checked while walking the newest-first index, which stops after
    // a page; looked up by rowid, a common word's thousands of matches were all read and sorted
    // (8 ms against 0.8 ms at 10,000 insights, `npm run bench -- --research`).
    const where = [
      ...(match ? ['+i.rowid IN (SELECT rowid FROM insights_search WHERE insights_search MATCH @match)'] : []),
      ...(source ? ['i.source = @source'] : []),
    ];
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const params = { match, source, limit, offset };
    const count =
      match && !source
        ? 'SELECT COUNT(*) AS n FROM insights_search WHERE insights_search MATCH @match'
        : `SELECT COUNT(*) AS n FROM insights i ${clause}`;
    const total = (this.db.prepare(count).get(match && !source ? { match } : params) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT i.*, ${CARD_COUNT} FROM insights i ${clause}
         ORDER BY i.updated_at DESC, i.rowid DESC LIMIT @limit OFFSET @offset`,
      )
      .all(params) as InsightRow[];
    return { items: rows.map(toInsight), total };
  }

  /** The insights with these ids that the library has (the ones a map's cards cite). */
  byIds(ids: readonly string[]): LibraryInsight[] {
    if (!ids.length) return [];
    const rows = this.db
      .prepare(`SELECT i.*, ${CARD_COUNT} FROM insights i WHERE i.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify([...new Set(ids)])) as InsightRow[];
    return rows.map(toInsight);
  }

  get(id: string): LibraryInsight {
    const found = this.byIds([id])[0];
    if (!found) throw notFound();
    return found;
  }

  /** Adds an insight; one the library already has (same words, kind, source, person, date) is returned instead. */
  create(fields: InsightFields): { insight: LibraryInsight; existed: boolean } {
    return writeTransaction(this.db, () => {
      const { id, existed } = this.insert(fields, () => this.checkRoom(1));
      return { insight: this.get(id), existed };
    })();
  }

  /** Adds many at once, all or none; those already there are counted, not added again. */
  createMany(items: readonly InsightFields[]): { ids: string[]; created: number; existing: number } {
    return writeTransaction(this.db, () => {
      this.checkRoom(items.length);
      const ids: string[] = [];
      let existing = 0;
      for (const fields of items) {
        const r = this.insert(fields, () => undefined);
        ids.push(r.id);
        if (r.existed) existing += 1;
      }
      return { ids, created: ids.length - existing, existing };
    })();
  }

  update(id: string, input: InsightFields): LibraryInsight {
    const fields = insightFieldsSchema.parse(input);
    return writeTransaction(this.db, () => {
      const row = this.db.prepare('SELECT rowid FROM insights WHERE id = ?').get(id) as { rowid: number } | undefined;
      if (!row) throw notFound();
      const identity = identityOf(fields);
      const twin = this.db.prepare('SELECT id FROM insights WHERE identity = ? AND id <> ?').get(identity, id);
      if (twin)
        throw new LibraryError('INVALID_REQUEST', 'The library already has an insight with these words.', {
          key: 'errors.insightTwin',
        });
      this.db
        .prepare(
          `UPDATE insights SET text = @text, kind = @kind, source = @source, who = @who, date = @date, link = @link,
           tags = @tags, identity = @identity, updated_at = @stamp WHERE id = @id`,
        )
        .run({ ...fields, tags: JSON.stringify(fields.tags), identity, id, stamp: this.now().toISOString() });
      this.index(row.rowid, fields);
      return this.get(id);
    })();
  }

  /**
   * Deletes an insight. The cards that cited it (on any map, in the trash too) stop citing it,
   * so no map points at nothing; returns the ids of the maps that were changed.
   */
  delete(id: string): { changedMapIds: string[] } {
    return writeTransaction(this.db, () => {
      const row = this.db.prepare('SELECT rowid FROM insights WHERE id = ?').get(id) as { rowid: number } | undefined;
      if (!row) throw notFound();
      const mapIds = (
        this.db.prepare('SELECT DISTINCT map_id FROM card_insights WHERE insight_id = ?').all(id) as {
          map_id: string;
        }[]
      ).map((r) => r.map_id);
      for (const mapId of mapIds) {
        const stored = this.maps.row(mapId);
        const doc = this.maps.parse(stored);
        const cards = doc.cards.map((c) =>
          c.insights.includes(id) ? { ...c, insights: c.insights.filter((i) => i !== id) } : c,
        );
        this.maps.write({ ...doc, cards, updatedAt: this.now().toISOString() }, stored.revision + 1);
      }
      this.db.prepare('DELETE FROM insights_search WHERE rowid = ?').run(row.rowid);
      this.db.prepare('DELETE FROM insights WHERE id = ?').run(id);
      return { changedMapIds: mapIds };
    })();
  }

  /**
   * Insights a .waymark file carries, into the library: each one the library already has (the
   * same words, kind, source, person and date) is used as it is, the others are added. Returns
   * the library's id for each id of the file. Callers hold the import's transaction.
   */
  mergeCarried(carried: readonly CarriedInsight[]): Map<string, string> {
    const ids = new Map<string, string>();
    const fresh = carried.filter(
      (c) => !this.db.prepare('SELECT 1 FROM insights WHERE identity = ?').get(identityOf(c)),
    );
    this.checkRoom(fresh.length);
    for (const { id, ...fields } of carried) ids.set(id, this.insert(fields, () => undefined).id);
    return ids;
  }

  /** Which of these ids are insights of the library. */
  existing(ids: readonly string[]): Set<string> {
    return new Set(this.byIds(ids).map((i) => i.id));
  }

  /** The cards (on maps not in the trash) that cite an insight, for "where is this used". */
  citations(id: string): InsightCitation[] {
    return this.db
      .prepare(
        `SELECT ci.map_id AS mapId, m.title AS mapTitle, ci.card_id AS cardId,
           COALESCE((SELECT json_extract(e.value, '$.text') FROM json_each(m.document, '$.cards') e
             WHERE json_extract(e.value, '$.id') = ci.card_id), '') AS cardText
         FROM card_insights ci JOIN maps m ON m.id = ci.map_id
         WHERE ci.insight_id = ? AND m.deleted_at IS NULL ORDER BY m.title COLLATE NOCASE, m.id, cardText LIMIT 500`,
      )
      .all(id) as InsightCitation[];
  }

  /** The whole library's backlog (it lives in the maps; listed here beside the research it acts on). */
  backlog(): BacklogEntry[] {
    return listBacklog(this.db);
  }

  private checkRoom(adding: number): void {
    const { n } = this.db.prepare('SELECT COUNT(*) AS n FROM insights').get() as { n: number };
    if (n + adding > LIMITS.insights)
      throw new LibraryError('INVALID_REQUEST', `The library holds at most ${LIMITS.insights} insights.`, {
        key: 'errors.tooManyInsights',
        params: { max: LIMITS.insights },
      });
  }

  /** `makeRoom` throws when the library is full (checked once for a batch, not per row). */
  private insert(input: InsightFields, makeRoom: () => void): { id: string; existed: boolean } {
    const fields = insightFieldsSchema.parse(input);
    const identity = identityOf(fields);
    const twin = this.db.prepare('SELECT id FROM insights WHERE identity = ?').get(identity) as
      { id: string } | undefined;
    if (twin) return { id: twin.id, existed: true };
    makeRoom();
    const id = newId();
    const stamp = this.now().toISOString();
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO insights (id, text, kind, source, who, date, link, tags, identity, created_at, updated_at)
         VALUES (@id, @text, @kind, @source, @who, @date, @link, @tags, @identity, @stamp, @stamp)`,
      )
      .run({ ...fields, tags: JSON.stringify(fields.tags), id, identity, stamp });
    this.index(Number(lastInsertRowid), fields);
    return { id, existed: false };
  }

  private index(rowid: number, fields: InsightFields): void {
    this.db.prepare('DELETE FROM insights_search WHERE rowid = ?').run(rowid);
    this.db.prepare('INSERT INTO insights_search (rowid, body) VALUES (?, ?)').run(rowid, searchBody(fields));
  }
}
