import type { Database } from 'better-sqlite3';
import type { SnapshotSummary } from '../../../shared/ipc/contract';
import { newId } from '../../../shared/model/ids';
import type { MapRepository } from './mapRepository';

interface SnapshotRow {
  id: string;
  map_id: string;
  revision: number;
  label: string;
  created_at: string;
}

const toSummary = (r: SnapshotRow): SnapshotSummary => ({
  id: r.id,
  mapId: r.map_id,
  revision: r.revision,
  label: r.label,
  createdAt: r.created_at,
});

/** Frozen copies of a map for version history; the history UI comes later. */
export class SnapshotRepository {
  constructor(
    private readonly db: Database,
    private readonly maps: MapRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  create(mapId: string, label: string): SnapshotSummary {
    const { document, revision } = this.maps.load(mapId);
    const row: SnapshotRow = { id: newId(), map_id: mapId, revision, label, created_at: this.now().toISOString() };
    this.db
      .prepare(
        'INSERT INTO snapshots (id, map_id, revision, label, document, created_at) VALUES (@id, @map_id, @revision, @label, @document, @created_at)',
      )
      .run({ ...row, document: JSON.stringify(document) });
    return toSummary(row);
  }

  list(mapId: string): SnapshotSummary[] {
    this.maps.load(mapId);
    const rows = this.db
      .prepare(
        'SELECT id, map_id, revision, label, created_at FROM snapshots WHERE map_id = ? ORDER BY created_at DESC, rowid DESC',
      )
      .all(mapId) as SnapshotRow[];
    return rows.map(toSummary);
  }
}
