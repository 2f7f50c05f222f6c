import type { Database } from 'better-sqlite3';
import type { JourneyMap, MapSummary } from '../../../shared/model/types';
import { thumbnailSvg } from '../../../shared/render/thumbnail';
import { type MapRow, toSummary } from './rows';

/**
 * Summaries with their thumbnails. A write clears a map's thumbnail instead of drawing it, so
 * autosave never pays for a picture nobody is looking at; the next listing draws the few that
 * changed and keeps them (unless the library is read-only).
 */
export function withThumbnails(
  db: Database,
  rows: MapRow[],
  load: (id: string) => JourneyMap,
  readOnly: boolean,
): MapSummary[] {
  return rows.map((row) => {
    if (row.thumbnail !== null) return toSummary(row);
    let thumbnail: string | null = null;
    try {
      thumbnail = thumbnailSvg(load(row.id));
      if (!readOnly) db.prepare('UPDATE maps SET thumbnail = ? WHERE id = ?').run(thumbnail, row.id);
    } catch {
      // A damaged map is listed without a picture; opening it says what is wrong.
    }
    return toSummary({ ...row, thumbnail });
  });
}
