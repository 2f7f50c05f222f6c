import type { MapSummary } from '../../../shared/model/types';

export interface MapRow {
  id: string;
  title: string;
  kind: MapSummary['kind'];
  language: MapSummary['language'];
  persona_name: string;
  persona_id: string | null;
  source_map_id: string | null;
  card_count: number;
  revision: number;
  document: string;
  thumbnail: string | Buffer | null;
  created_at: string;
  updated_at: string;
  opened_at: string | null;
  deleted_at: string | null;
}

/** Summary columns of `maps m`, with the shared persona's current name when the map uses one. */
export const SUMMARY_COLUMNS =
  'm.id, m.title, m.kind, m.language, COALESCE(p.name, m.persona_name) AS persona_name, m.persona_id, m.source_map_id, m.card_count, m.revision, m.thumbnail, m.created_at, m.updated_at, m.opened_at, m.deleted_at';
export const SUMMARY_FROM = 'maps m LEFT JOIN personas p ON p.id = m.persona_id';

export function toSummary(row: Omit<MapRow, 'document'>): MapSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    language: row.language,
    personaName: row.persona_name,
    personaId: row.persona_id,
    sourceMapId: row.source_map_id,
    cardCount: row.card_count,
    revision: row.revision,
    thumbnail: row.thumbnail === null ? null : String(row.thumbnail),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    openedAt: row.opened_at,
    deletedAt: row.deleted_at,
    detailOf: [],
    details: [],
  };
}
