import type { Database } from 'better-sqlite3';
import type { LoadedMap, SnapshotSummary } from '../../../shared/ipc/contract';
import { newId } from '../../../shared/model/ids';
import { thumbnailSvg } from '../../../shared/render/thumbnail';
import type { JourneyMap } from '../../../shared/model/types';
import { LibraryError } from './errors';
import { writeTransaction } from './transaction';
import type { MapRepository } from './mapRepository';

interface SnapshotRow {
  id: string;
  map_id: string;
  revision: number;
  label: string;
  created_at: string;
  /** Drawn when the snapshot is taken; null for snapshots from before schema v4. */
  thumbnail: string | null;
  card_count: number | null;
}

const LISTED = 'id, map_id, revision, label, created_at, thumbnail, card_count';

const toSummary = (r: SnapshotRow): SnapshotSummary => ({
  id: r.id,
  mapId: r.map_id,
  revision: r.revision,
  label: r.label,
  createdAt: r.created_at,
  thumbnail: r.thumbnail,
  cardCount: r.card_count ?? 0,
});

/** At most one automatic snapshot per this much editing time. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;
/** The history panel shows this many; older snapshots stay in the file. */
const LIST_LIMIT = 200;

/** Frozen copies of a map: version history. */
export class SnapshotRepository {
  constructor(
    private readonly db: Database,
    private readonly maps: MapRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Freezes the map as it is stored now. */
  create(mapId: string, label: string): SnapshotSummary {
    const row = this.maps.row(mapId);
    const snapshot: SnapshotRow = {
      id: newId(),
      map_id: mapId,
      revision: row.revision,
      label,
      created_at: this.now().toISOString(),
      ...this.preview(mapId, row.document),
    };
    this.db
      .prepare(
        `INSERT INTO snapshots (id, map_id, revision, label, document, created_at, thumbnail, card_count)
         VALUES (@id, @map_id, @revision, @label, @document, @created_at, @thumbnail, @card_count)`,
      )
      .run({ ...snapshot, document: row.document });
    return toSummary(snapshot);
  }

  /** The picture and card count of a stored document; none for one that cannot be read. */
  private preview(mapId: string, document: string): Pick<SnapshotRow, 'thumbnail' | 'card_count'> {
    try {
      const doc = this.maps.parse({ id: mapId, document });
      return { thumbnail: thumbnailSvg(doc), card_count: doc.cards.length };
    } catch {
      return { thumbnail: null, card_count: null };
    }
  }

  /**
   * Called before every save: keeps the stored state as an automatic snapshot when the last
   * snapshot of this map is older than the interval, so a long editing session leaves a trail
   * of restore points without one per keystroke.
   */
  autoBeforeSave(mapId: string): SnapshotSummary | null {
    const last = this.db
      .prepare('SELECT created_at FROM snapshots WHERE map_id = ? ORDER BY created_at DESC LIMIT 1')
      .get(mapId) as { created_at: string } | undefined;
    if (last && this.now().getTime() - Date.parse(last.created_at) < AUTO_SNAPSHOT_INTERVAL_MS) return null;
    return this.create(mapId, 'auto');
  }

  list(mapId: string): SnapshotSummary[] {
    this.maps.row(mapId);
    const rows = this.db
      .prepare(`SELECT ${LISTED} FROM snapshots WHERE map_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?`)
      .all(mapId, LIST_LIMIT) as SnapshotRow[];
    return rows.map((r) => toSummary(r.card_count === null ? this.backfill(r) : r));
  }

  /** Snapshots taken before previews were stored get theirs once, the first time they are listed. */
  private backfill(r: SnapshotRow): SnapshotRow {
    const { document } = this.db.prepare('SELECT document FROM snapshots WHERE id = ?').get(r.id) as {
      document: string;
    };
    const preview = this.preview(r.map_id, document);
    try {
      this.db
        .prepare('UPDATE snapshots SET thumbnail = ?, card_count = ? WHERE id = ?')
        .run(preview.thumbnail, preview.card_count ?? 0, r.id);
    } catch {
      // A read-only library draws the preview each time instead of keeping it.
    }
    return { ...r, ...preview };
  }

  /**
   * A version taken while its library persona existed must not bring back a dangling id: the
   * map keeps the copy it was given when the persona was deleted (or the version's own).
   */
  private keepPersonaValid(doc: JourneyMap, current: { document: string }): JourneyMap {
    if (doc.personaId === null || this.maps.personaExists(doc.personaId)) return doc;
    const now = JSON.parse(current.document) as Partial<JourneyMap>;
    const copy = now.personaId === null && now.persona?.name ? now.persona : doc.persona;
    return { ...doc, personaId: null, persona: copy };
  }

  /**
   * Puts a snapshot's document back as the map's newest revision. The state being replaced is
   * snapshotted first, so a restore can itself be undone from the history.
   */
  restore(mapId: string, snapshotId: string, baseRevision: number): LoadedMap {
    return writeTransaction(this.db, (): LoadedMap => {
      const snap = this.db
        .prepare('SELECT document FROM snapshots WHERE id = ? AND map_id = ?')
        .get(snapshotId, mapId) as { document: string } | undefined;
      if (!snap)
        throw new LibraryError('NOT_FOUND', 'That version is no longer in the history of this map.', {
          key: 'errors.versionGone',
        });
      const current = this.maps.editableRow(mapId, baseRevision, 'restore');
      this.create(mapId, 'before-restore');
      const document = this.keepPersonaValid(this.maps.parse({ id: mapId, document: snap.document }), current);
      const stamp = this.now().toISOString();
      const restored = { ...document, id: mapId, createdAt: current.created_at, updatedAt: stamp };
      const revision = current.revision + 1;
      this.maps.write(restored, revision);
      return { document: restored, revision };
    })();
  }
}
