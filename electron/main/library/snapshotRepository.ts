import type { Database } from 'better-sqlite3';
import type { LoadedMap, SnapshotSummary } from '../../../shared/ipc/contract';
import { newId } from '../../../shared/model/ids';
import { thumbnailSvg } from '../../../shared/render/thumbnail';
import { LibraryError } from './errors';
import type { MapRepository } from './mapRepository';

interface SnapshotRow {
  id: string;
  map_id: string;
  revision: number;
  label: string;
  document: string;
  created_at: string;
}

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
      document: row.document,
      created_at: this.now().toISOString(),
    };
    this.db
      .prepare(
        'INSERT INTO snapshots (id, map_id, revision, label, document, created_at) VALUES (@id, @map_id, @revision, @label, @document, @created_at)',
      )
      .run(snapshot);
    return this.toSummary(snapshot);
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
      .prepare('SELECT * FROM snapshots WHERE map_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?')
      .all(mapId, LIST_LIMIT) as SnapshotRow[];
    return rows.map((r) => this.toSummary(r));
  }

  /**
   * Puts a snapshot's document back as the map's newest revision. The state being replaced is
   * snapshotted first, so a restore can itself be undone from the history.
   */
  restore(mapId: string, snapshotId: string, baseRevision: number): LoadedMap {
    return this.db.transaction((): LoadedMap => {
      const snap = this.db.prepare('SELECT * FROM snapshots WHERE id = ? AND map_id = ?').get(snapshotId, mapId) as
        SnapshotRow | undefined;
      if (!snap)
        throw new LibraryError('NOT_FOUND', 'That version is no longer in the history of this map.', {
          key: 'errors.versionGone',
        });
      const current = this.maps.row(mapId);
      if (current.deleted_at !== null)
        throw new LibraryError('IN_TRASH', `"${current.title}" is in the trash; restore it before editing.`, {
          key: 'errors.inTrashEdit',
          params: { title: current.title },
        });
      if (current.revision !== baseRevision)
        throw new LibraryError(
          'STALE_REVISION',
          `"${current.title}" was changed elsewhere; reload it before restoring a version. Nothing was changed.`,
          { key: 'errors.staleRestore', params: { title: current.title } },
        );
      this.create(mapId, 'before-restore');
      const document = this.maps.parse({ id: mapId, document: snap.document });
      const stamp = this.now().toISOString();
      const restored = { ...document, id: mapId, createdAt: current.created_at, updatedAt: stamp };
      const revision = current.revision + 1;
      this.maps.write(restored, revision);
      return { document: restored, revision };
    })();
  }

  private toSummary(r: SnapshotRow): SnapshotSummary {
    let thumbnail: string | null = null;
    let cardCount = 0;
    try {
      const doc = this.maps.parse({ id: r.map_id, document: r.document });
      thumbnail = thumbnailSvg(doc);
      cardCount = doc.cards.length;
    } catch {
      // A snapshot from a damaged or newer document is listed without a preview.
    }
    return {
      id: r.id,
      mapId: r.map_id,
      revision: r.revision,
      label: r.label,
      createdAt: r.created_at,
      thumbnail,
      cardCount,
    };
  }
}
