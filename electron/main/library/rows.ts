import type { MapSummary } from '../../../shared/model/types';

export interface MapRow {
  id: string;
  title: string;
  kind: MapSummary['kind'];
  language: MapSummary['language'];
  persona_name: string;
  card_count: number;
  revision: number;
  document: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export const SUMMARY_COLUMNS =
  'id, title, kind, language, persona_name, card_count, revision, created_at, updated_at, deleted_at';

export function toSummary(row: Omit<MapRow, 'document'>): MapSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    language: row.language,
    personaName: row.persona_name,
    cardCount: row.card_count,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
