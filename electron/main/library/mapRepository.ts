import type { Database } from 'better-sqlite3';
import type { LoadedMap, SavedMap } from '../../../shared/ipc/contract';
import type { Language, MapKind, MapSort } from '../../../shared/model/constants';
import { deriveFutureState } from '../../../shared/templates/deriveFutureState';
import { newId } from '../../../shared/model/ids';
import type { JourneyMap, MapSummary } from '../../../shared/model/types';
import { createMapFromTemplate } from '../../../shared/templates/createMap';
import { LibraryError } from './errors';
import { writeTransaction } from './transaction';
import { type MapRow, SUMMARY_COLUMNS, SUMMARY_FROM } from './rows';
import { parseStored, validForWrite } from './mapDocuments';
import { ftsQuery, indexDocument } from './mapSearch';
import { withThumbnails } from './mapThumbnails';
import { FAMILY_IDS, withFamilies, writeLinks } from './mapLinks';
import { writeResearch } from './mapResearch';

export { ftsQuery } from './mapSearch';

export type Clock = () => Date;

export interface ListOptions {
  trash?: boolean;
  /** Words to find in titles and card text; every word must match (prefix match, accents ignored). */
  query?: string;
  kind?: MapKind;
  sort?: MapSort;
  /** Only the maps joined to this one by detail links, either way and at any depth. */
  family?: string;
}

/** Every column of a map's row but the document and its thumbnail. */
const HEAD_COLUMNS =
  'id, title, kind, language, persona_name, persona_id, source_map_id, card_count, revision, created_at, updated_at, opened_at, deleted_at';

const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });

/**
 * The maps table. Every write goes through a validated whole document and a revision check,
 * so a stale editor can never silently overwrite newer work.
 */
export class MapRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock = () => new Date(),
    /** A read-only library: reading never records anything (opened time, cached thumbnails). */
    private readonly readOnly = false,
  ) {}

  list({ trash = false, query, kind, sort = 'updated', family }: ListOptions = {}): MapSummary[] {
    const match = query ? ftsQuery(query) : null;
    const order = trash
      ? 'm.deleted_at DESC'
      : sort === 'opened'
        ? 'm.opened_at IS NULL, m.opened_at DESC, m.updated_at DESC'
        : sort === 'created'
          ? 'm.created_at DESC'
          : 'm.updated_at DESC';
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
         WHERE m.deleted_at IS ${trash ? 'NOT ' : ''}NULL
         ${kind ? 'AND m.kind = @kind' : ''}
         ${match ? 'AND m.rowid IN (SELECT rowid FROM maps_search WHERE maps_search MATCH @match)' : ''}
         ${family ? `AND m.id IN (${FAMILY_IDS})` : ''}
         ORDER BY ${order}, m.rowid DESC`,
      )
      .all({ ...(kind ? { kind } : {}), ...(match ? { match } : {}), ...(family ? { family } : {}) }) as MapRow[];
    const maps = this.summaries(rows);
    // Titles sort in JS: SQLite's NOCASE knows nothing of Vietnamese letters.
    return sort === 'title' && !trash ? maps.sort((a, b) => collator.compare(a.title, b.title)) : maps;
  }

  /** The most recently opened maps (not in the trash), newest first: only what a menu shows. */
  recent(limit: number): { id: string; title: string }[] {
    return this.db
      .prepare(
        'SELECT id, title FROM maps WHERE deleted_at IS NULL AND opened_at IS NOT NULL ORDER BY opened_at DESC LIMIT ?',
      )
      .all(limit) as { id: string; title: string }[];
  }

  /** Maps derived from this one (future states), newest first. */
  derivedFrom(id: string): MapSummary[] {
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE m.source_map_id = ? AND m.deleted_at IS NULL ORDER BY m.created_at DESC`,
      )
      .all(id) as MapRow[];
    return this.summaries(rows);
  }

  /** Loads a map for the editor and remembers when it was opened (the library's "recent"). */
  open(id: string): LoadedMap {
    const loaded = this.load(id);
    if (!this.readOnly) this.db.prepare('UPDATE maps SET opened_at = ? WHERE id = ?').run(this.now().toISOString(), id);
    return loaded;
  }

  /** A new future-state map from a current-state one, keeping each card's lineage. */
  deriveFuture(id: string): LoadedMap {
    return writeTransaction(this.db, (): LoadedMap => {
      const source = this.parse(this.liveRow(id));
      if (source.kind !== 'current-state')
        throw new LibraryError(
          'INVALID_REQUEST',
          `A future state is derived from a current-state map; "${source.title}" is a ${source.kind} map.`,
          { key: 'errors.notCurrentState', params: { title: source.title } },
        );
      const document = deriveFutureState(source, this.now());
      this.insert(document);
      return { document, revision: 1 };
    })();
  }

  /** Permanently removes every map in the trash, with its snapshots. Returns how many. */
  emptyTrash(): number {
    return writeTransaction(this.db, () => {
      this.db
        .prepare('DELETE FROM maps_search WHERE rowid IN (SELECT rowid FROM maps WHERE deleted_at IS NOT NULL)')
        .run();
      return this.db.prepare('DELETE FROM maps WHERE deleted_at IS NOT NULL').run().changes;
    })();
  }

  /** Fills the search index and links for maps stored before they existed (schema v3). */
  indexMissing(): number {
    const rows = this.db
      .prepare('SELECT id, document FROM maps WHERE rowid NOT IN (SELECT rowid FROM maps_search)')
      .all() as Pick<MapRow, 'id' | 'document'>[];
    let indexed = 0;
    for (const row of rows) {
      try {
        const doc = this.parse(row);
        writeTransaction(this.db, () => {
          this.db
            .prepare('UPDATE maps SET persona_id = ?, source_map_id = ? WHERE id = ?')
            .run(doc.personaId, doc.derivedFrom?.mapId ?? null, doc.id);
          this.index(doc);
        })();
        indexed += 1;
      } catch {
        // A damaged stored map stays unindexed; opening it reports the damage.
      }
    }
    return indexed;
  }

  create(options: { kind: MapKind; language: Language; title?: string }): LoadedMap {
    const document = createMapFromTemplate({ ...options, now: this.now() });
    this.insert(document);
    return { document, revision: 1 };
  }

  load(id: string): LoadedMap {
    const row = this.row(id);
    return { document: this.parse(row), revision: row.revision };
  }

  /** A document through the schema, or a refusal naming its first problem. */
  private valid(raw: unknown, key: string): JourneyMap {
    return validForWrite(raw, key);
  }

  /** Whether a library persona exists: a map may only point at one that does. */
  personaExists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM personas WHERE id = ?').get(id) !== undefined;
  }

  /**
   * The map's row for a change based on `baseRevision` (a save, a version restored): refused in
   * words when the map is in the trash or was changed elsewhere since, so nothing is overwritten.
   */
  editableRow(id: string, baseRevision: number, change: 'save' | 'restore'): MapRow {
    return this.checkEditable(this.row(id), baseRevision, change);
  }

  /** As editableRow, without reading the stored document: a save replaces it (~330 KB at 1,000 cards). */
  private editableHead(id: string, baseRevision: number): Omit<MapRow, 'document' | 'thumbnail'> {
    const row = this.db.prepare(`SELECT ${HEAD_COLUMNS} FROM maps WHERE id = ?`).get(id) as
      Omit<MapRow, 'document' | 'thumbnail'> | undefined;
    if (!row) throw new LibraryError('NOT_FOUND', `No map with id "${id}" in the library.`, { key: 'errors.noMap' });
    return this.checkEditable(row, baseRevision, 'save');
  }

  private checkEditable<R extends Pick<MapRow, 'title' | 'revision' | 'deleted_at'>>(
    row: R,
    baseRevision: number,
    change: 'save' | 'restore',
  ): R {
    if (row.deleted_at !== null)
      throw new LibraryError('IN_TRASH', `"${row.title}" is in the trash; restore it before editing.`, {
        key: 'errors.inTrashEdit',
        params: { title: row.title },
      });
    if (row.revision === baseRevision) return row;
    if (change === 'restore')
      throw new LibraryError(
        'STALE_REVISION',
        `"${row.title}" was changed elsewhere; reload it before restoring a version. Nothing was changed.`,
        { key: 'errors.staleRestore', params: { title: row.title } },
      );
    throw new LibraryError(
      'STALE_REVISION',
      `"${row.title}" was changed elsewhere (revision ${row.revision}, this edit is based on ${baseRevision}). Reload the map to see the latest version; nothing was overwritten.`,
      { key: 'errors.stale', params: { title: row.title, stored: row.revision, base: baseRevision } },
    );
  }

  save(raw: unknown, baseRevision: number): SavedMap {
    const doc = this.valid(raw, 'errors.invalidSave');
    const named = [doc.personaId, ...doc.personas.map((p) => p.personaId)].filter((p): p is string => p !== null);
    if (named.some((p) => !this.personaExists(p)))
      throw new LibraryError(
        'INVALID_DOCUMENT',
        `A persona this map uses (${named.join(', ')}) is no longer in the library. Nothing was saved.`,
        { key: 'errors.personaGone' },
      );
    return writeTransaction(this.db, (): SavedMap => {
      const row = this.editableHead(doc.id, baseRevision);
      const updatedAt = this.now().toISOString();
      const revision = row.revision + 1;
      this.write({ ...doc, createdAt: row.created_at, updatedAt }, revision);
      return { revision, updatedAt };
    })();
  }

  rename(id: string, title: string): MapSummary {
    return writeTransaction(this.db, () => {
      const row = this.liveRow(id);
      // Through the schema like any save, so the new title is cleaned and checked the same way.
      const doc = this.valid({ ...this.parse(row), title, updatedAt: this.now().toISOString() }, 'errors.invalidSave');
      this.write(doc, row.revision + 1);
      return this.summary(id);
    })();
  }

  duplicate(id: string, title?: string): MapSummary {
    return writeTransaction(this.db, () => {
      const source = this.parse(this.liveRow(id));
      const stamp = this.now().toISOString();
      const copy: JourneyMap = {
        ...source,
        id: newId(),
        title: (title ?? `${source.title} (${source.language === 'vi' ? 'bản sao' : 'copy'})`).slice(0, 200),
        createdAt: stamp,
        updatedAt: stamp,
      };
      this.insert(copy);
      return this.summary(copy.id);
    })();
  }

  /**
   * Stores an imported document as a new map, with the detail maps its file carried: fresh ids
   * and times, so an import never overwrites a map already in the library, and links between
   * the carried maps follow them to their new ids. All the maps are stored, or none.
   */
  importDocument(doc: JourneyMap, details: readonly JourneyMap[] = []): MapSummary {
    const stamp = this.now().toISOString();
    const ids = new Map([doc, ...details].map((d) => [d.id, newId()]));
    // A link to a map the file did not carry keeps its id: it works if that map is here, and
    // shows as broken otherwise, as in the library it came from.
    const relink = (id: string | null) => (id === null ? null : (ids.get(id) ?? id));
    const fresh = (d: JourneyMap): JourneyMap => ({
      ...d,
      id: ids.get(d.id)!,
      // A persona id from another library means nothing here; the map keeps its own persona.
      personaId: d.personaId !== null && this.personaExists(d.personaId) ? d.personaId : null,
      personas: d.personas.map((p) =>
        p.personaId !== null && !this.personaExists(p.personaId) ? { ...p, personaId: null } : p,
      ),
      stages: d.stages.map((s) => ({ ...s, detail: relink(s.detail) })),
      cards: d.cards.map((c) => ({ ...c, detail: relink(c.detail) })),
      createdAt: stamp,
      updatedAt: stamp,
    });
    return writeTransaction(this.db, () => {
      for (const d of [doc, ...details]) this.insert(fresh(d));
      return this.summary(ids.get(doc.id)!);
    })();
  }

  /** Soft delete: the map moves to the trash and can be restored. */
  delete(id: string): MapSummary {
    this.liveRow(id);
    this.db.prepare('UPDATE maps SET deleted_at = ? WHERE id = ?').run(this.now().toISOString(), id);
    return this.summary(id);
  }

  restore(id: string): MapSummary {
    const row = this.row(id);
    if (row.deleted_at === null)
      throw new LibraryError('NOT_FOUND', `"${row.title}" is not in the trash.`, {
        key: 'errors.notInTrash',
        params: { title: row.title },
      });
    this.db.prepare('UPDATE maps SET deleted_at = NULL WHERE id = ?').run(id);
    return this.summary(id);
  }

  summary(id: string): MapSummary {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE m.id = ?`).get(id) as
      MapRow | undefined;
    if (!row) throw new LibraryError('NOT_FOUND', `No map with id "${id}" in the library.`, { key: 'errors.noMap' });
    return this.summaries([row])[0]!;
  }

  /** Summaries with their thumbnails (drawn and cached for the few maps a write cleared). */
  private summaries(rows: MapRow[]): MapSummary[] {
    return withFamilies(
      this.db,
      withThumbnails(this.db, rows, (id) => this.parse(this.row(id)), this.readOnly),
    );
  }

  row(id: string): MapRow {
    const row = this.db.prepare('SELECT * FROM maps WHERE id = ?').get(id) as MapRow | undefined;
    if (!row) throw new LibraryError('NOT_FOUND', `No map with id "${id}" in the library.`, { key: 'errors.noMap' });
    return row;
  }

  private liveRow(id: string): MapRow {
    const row = this.row(id);
    if (row.deleted_at !== null)
      throw new LibraryError('IN_TRASH', `"${row.title}" is in the trash.`, {
        key: 'errors.inTrash',
        params: { title: row.title },
      });
    return row;
  }

  /** Stored documents go through the same migration and validation as imported ones. */
  parse(row: Pick<MapRow, 'id' | 'document'>): JourneyMap {
    return parseStored(row);
  }

  private insert(doc: JourneyMap): void {
    this.db
      .prepare(
        `INSERT INTO maps (id, title, kind, language, persona_name, persona_id, source_map_id, card_count, revision,
           document, thumbnail, created_at, updated_at)
         VALUES (@id, @title, @kind, @language, @persona, @personaId, @sourceMapId, @cards, 1,
           @document, NULL, @createdAt, @updatedAt)`,
      )
      .run(this.columns(doc));
    this.index(doc);
  }

  /** Writes a whole document as a new revision; callers hold a transaction. */
  write(doc: JourneyMap, revision: number): void {
    this.db
      .prepare(
        `UPDATE maps SET title = @title, kind = @kind, language = @language, persona_name = @persona,
         persona_id = @personaId, source_map_id = @sourceMapId, card_count = @cards, revision = @revision,
         document = @document, thumbnail = NULL, updated_at = @updatedAt WHERE id = @id`,
      )
      .run({ ...this.columns(doc), revision });
    this.index(doc);
  }

  private index(doc: JourneyMap): void {
    indexDocument(this.db, doc);
    writeLinks(this.db, doc);
    writeResearch(this.db, doc);
  }

  private columns(doc: JourneyMap) {
    return {
      id: doc.id,
      title: doc.title,
      kind: doc.kind,
      language: doc.language,
      persona: doc.persona.name,
      personaId: doc.personaId,
      sourceMapId: doc.derivedFrom?.mapId ?? null,
      cards: doc.cards.length,
      document: JSON.stringify(doc),
      createdAt: doc.createdAt,
      updatedAt: doc.updatedAt,
    };
  }
}
