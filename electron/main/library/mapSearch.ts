import type { Database } from 'better-sqlite3';
import { foldForSearch, searchText } from '../../../shared/model/searchText';
import type { JourneyMap } from '../../../shared/model/types';

/**
 * Turns what a person typed into an FTS5 query that cannot be misread as FTS syntax: each word
 * becomes a quoted prefix term, so `"`, `*`, `OR` or `NEAR(` are searched for, never obeyed.
 */
export function ftsQuery(text: string): string | null {
  const words = foldForSearch(text.normalize('NFC'))
    .split(/[\s"]+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, 20);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

/** Replaces a map's row in the full-text index (title and all its text, accents folded). */
export function indexDocument(db: Database, doc: JourneyMap): void {
  const { rowid } = db.prepare('SELECT rowid FROM maps WHERE id = ?').get(doc.id) as { rowid: number };
  db.prepare('DELETE FROM maps_search WHERE rowid = ?').run(rowid);
  db.prepare('INSERT INTO maps_search (rowid, title, body) VALUES (?, ?, ?)').run(
    rowid,
    foldForSearch(doc.title),
    foldForSearch(searchText(doc)),
  );
}
