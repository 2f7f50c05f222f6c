import type { Database } from 'better-sqlite3';
import type { LoadedMap, SavedMap } from '../../../shared/ipc/contract';
import type { Language, MapKind } from '../../../shared/model/constants';
import { newId } from '../../../shared/model/ids';
import type { JourneyMap, MapSummary } from '../../../shared/model/types';
import { MigrationError, migrateDocument } from '../../../shared/schema/migrate';
import { validateDocument } from '../../../shared/schema/validate';
import { createMapFromTemplate } from '../../../shared/templates/createMap';
import { LibraryError } from './errors';
import { type MapRow, SUMMARY_COLUMNS, toSummary } from './rows';

export type Clock = () => Date;

/**
 * The maps table. Every write goes through a validated whole document and a revision check,
 * so a stale editor can never silently overwrite newer work.
 */
export class MapRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock = () => new Date(),
  ) {}

  list({ trash = false }: { trash?: boolean } = {}): MapSummary[] {
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM maps WHERE deleted_at IS ${trash ? 'NOT ' : ''}NULL
         ORDER BY ${trash ? 'deleted_at' : 'updated_at'} DESC, rowid DESC`,
      )
      .all() as MapRow[];
    return rows.map(toSummary);
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

  save(raw: unknown, baseRevision: number): SavedMap {
    const checked = validateDocument(raw);
    if (!checked.ok) throw new LibraryError('INVALID_DOCUMENT', `${checked.message} Nothing was saved.`);
    const doc = checked.doc;
    return this.db.transaction((): SavedMap => {
      const row = this.row(doc.id);
      if (row.deleted_at !== null)
        throw new LibraryError('IN_TRASH', `"${row.title}" is in the trash; restore it before editing.`);
      if (row.revision !== baseRevision)
        throw new LibraryError(
          'STALE_REVISION',
          `"${row.title}" was changed elsewhere (revision ${row.revision}, this edit is based on ${baseRevision}). Reload the map to see the latest version; nothing was overwritten.`,
        );
      const updatedAt = this.now().toISOString();
      const revision = row.revision + 1;
      this.write({ ...doc, createdAt: row.created_at, updatedAt }, revision);
      return { revision, updatedAt };
    })();
  }

  rename(id: string, title: string): MapSummary {
    return this.db.transaction(() => {
      const row = this.liveRow(id);
      const doc = { ...this.parse(row), title: title.trim(), updatedAt: this.now().toISOString() };
      this.write(doc, row.revision + 1);
      return this.summary(id);
    })();
  }

  duplicate(id: string, title?: string): MapSummary {
    return this.db.transaction(() => {
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
   * Stores an imported document as a new map: a fresh id and times, so an import never
   * overwrites a map already in the library.
   */
  importDocument(doc: JourneyMap): MapSummary {
    const stamp = this.now().toISOString();
    const copy: JourneyMap = { ...doc, id: newId(), createdAt: stamp, updatedAt: stamp };
    this.insert(copy);
    return this.summary(copy.id);
  }

  /** Soft delete: the map moves to the trash and can be restored. */
  delete(id: string): MapSummary {
    this.liveRow(id);
    this.db.prepare('UPDATE maps SET deleted_at = ? WHERE id = ?').run(this.now().toISOString(), id);
    return this.summary(id);
  }

  restore(id: string): MapSummary {
    const row = this.row(id);
    if (row.deleted_at === null) throw new LibraryError('NOT_FOUND', `"${row.title}" is not in the trash.`);
    this.db.prepare('UPDATE maps SET deleted_at = NULL WHERE id = ?').run(id);
    return this.summary(id);
  }

  private summary(id: string): MapSummary {
    return toSummary(this.row(id));
  }

  private row(id: string): MapRow {
    const row = this.db.prepare('SELECT * FROM maps WHERE id = ?').get(id) as MapRow | undefined;
    if (!row) throw new LibraryError('NOT_FOUND', `No map with id "${id}" in the library.`);
    return row;
  }

  private liveRow(id: string): MapRow {
    const row = this.row(id);
    if (row.deleted_at !== null) throw new LibraryError('IN_TRASH', `"${row.title}" is in the trash.`);
    return row;
  }

  /** Stored documents go through the same migration and validation as imported ones. */
  parse(row: Pick<MapRow, 'id' | 'document'>): JourneyMap {
    let raw: unknown;
    try {
      raw = migrateDocument(JSON.parse(row.document));
    } catch (err) {
      if (err instanceof MigrationError && err.code === 'NEWER_FORMAT')
        throw new LibraryError('NEWER_FORMAT', err.message);
      throw new LibraryError(
        'CORRUPT_DOCUMENT',
        `The stored map "${row.id}" cannot be read: ${(err as Error).message}`,
      );
    }
    const checked = validateDocument(raw);
    if (!checked.ok)
      throw new LibraryError('CORRUPT_DOCUMENT', `The stored map "${row.id}" is damaged. ${checked.message}`);
    return checked.doc;
  }

  private insert(doc: JourneyMap): void {
    this.db
      .prepare(
        `INSERT INTO maps (id, title, kind, language, persona_name, card_count, revision, document, created_at, updated_at)
         VALUES (@id, @title, @kind, @language, @persona, @cards, 1, @document, @createdAt, @updatedAt)`,
      )
      .run(this.columns(doc));
  }

  private write(doc: JourneyMap, revision: number): void {
    this.db
      .prepare(
        `UPDATE maps SET title = @title, kind = @kind, language = @language, persona_name = @persona,
         card_count = @cards, revision = @revision, document = @document, updated_at = @updatedAt WHERE id = @id`,
      )
      .run({ ...this.columns(doc), revision });
  }

  private columns(doc: JourneyMap) {
    return {
      id: doc.id,
      title: doc.title,
      kind: doc.kind,
      language: doc.language,
      persona: doc.persona.name,
      cards: doc.cards.length,
      document: JSON.stringify(doc),
      createdAt: doc.createdAt,
      updatedAt: doc.updatedAt,
    };
  }
}
