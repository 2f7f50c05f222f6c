import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/library/migrate';
import { MIGRATIONS } from '../../../electron/main/library/migrations';
import { LIBRARY_FILE, openLibrary } from '../../../electron/main/library/openLibrary';
import { createLibraryServices, type LibraryServices } from '../../../electron/main/library/services';
import { addCard, linkDetail } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

function library(): LibraryServices {
  let t = Date.parse('2026-12-08T09:00:00.000Z');
  return createLibraryServices(tempDir(), { now: () => new Date((t += 1000)) });
}

/** Saves `doc` with one card linked to `to`, or its first stage linked when `on` is 'stage'. */
function link(lib: LibraryServices, doc: JourneyMap, to: string, on: 'card' | 'stage' = 'card'): JourneyMap {
  const { revision } = lib.maps.load(doc.id);
  const current = lib.maps.load(doc.id).document;
  const cardId = `to-${to}`;
  const withCard =
    on === 'card'
      ? addCard(current, { laneId: current.lanes[0]!.id, stageId: current.stages[0]!.id, id: cardId, text: 'x' })
      : current;
  const linked = linkDetail(withCard, on === 'card' ? { card: cardId } : { stage: current.stages[0]!.id }, to);
  lib.maps.save(linked, revision);
  return linked;
}

const titles = (list: { title: string }[]) => list.map((m) => m.title).sort();

describe('detail journeys in the library', () => {
  it("lists each map's parents and children, and filters to a family at any depth", () => {
    const lib = library();
    const [overview, checkout, payment, other] = ['Overview', 'Checkout', 'Payment', 'Other'].map(
      (title) => lib.maps.create({ kind: 'current-state', language: 'en', title }).document,
    );
    link(lib, overview!, checkout!.id);
    link(lib, checkout!, payment!.id, 'stage');
    const byTitle = new Map(lib.maps.list().map((m) => [m.title, m]));
    expect(byTitle.get('Overview')!.details).toEqual([{ id: checkout!.id, title: 'Checkout' }]);
    expect(byTitle.get('Overview')!.detailOf).toEqual([]);
    expect(byTitle.get('Checkout')!.detailOf).toEqual([{ id: overview!.id, title: 'Overview' }]);
    expect(byTitle.get('Checkout')!.details).toEqual([{ id: payment!.id, title: 'Payment' }]);
    expect(byTitle.get('Other')!.details).toEqual([]);
    // Payment's family reaches its grandparent; the unlinked map is not in it.
    expect(titles(lib.maps.list({ family: payment!.id }))).toEqual(['Checkout', 'Overview', 'Payment']);
    expect(titles(lib.maps.list({ family: other!.id }))).toEqual(['Other']);
    lib.close();
  });

  it('follows a cycle of links without running forever', () => {
    const lib = library();
    const [a, b] = ['A', 'B'].map(
      (title) => lib.maps.create({ kind: 'current-state', language: 'en', title }).document,
    );
    link(lib, a!, b!.id);
    link(lib, b!, a!.id);
    expect(titles(lib.maps.list({ family: a!.id }))).toEqual(['A', 'B']);
    lib.close();
  });

  it('forgets a link once it is removed from the map, and does not count a map in the trash as a child', () => {
    const lib = library();
    const [a, b, c] = ['A', 'B', 'C'].map(
      (title) => lib.maps.create({ kind: 'current-state', language: 'en', title }).document,
    );
    const linked = link(lib, a!, b!.id);
    link(lib, a!, c!.id, 'stage');
    expect(titles(lib.maps.summary(a!.id).details)).toEqual(['B', 'C']);
    lib.maps.delete(c!.id);
    expect(titles(lib.maps.summary(a!.id).details)).toEqual(['B']);
    const unlinked = linkDetail(lib.maps.load(a!.id).document, { card: linked.cards.at(-1)!.id }, null);
    lib.maps.save(unlinked, lib.maps.load(a!.id).revision);
    expect(lib.maps.summary(a!.id).details).toEqual([]);
    expect(lib.maps.summary(b!.id).detailOf).toEqual([]);
    // Emptying the trash removes the deleted map's own links with it.
    lib.maps.delete(a!.id);
    lib.maps.emptyTrash();
    const db = new Database(lib.file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM map_links').get()).toEqual({ n: 0 });
    db.close();
    lib.close();
  });

  it('finds the links of maps stored before the library kept them (schema 6)', () => {
    const lib = library();
    const [a, b] = ['A', 'B'].map(
      (title) => lib.maps.create({ kind: 'current-state', language: 'en', title }).document,
    );
    link(lib, a!, b!.id);
    const dir = lib.file.replace(/[\\/][^\\/]+$/, '');
    lib.close();
    // The library as schema 6 left it: no link table (nor the research tables of 8); plus a damaged row the backfill must skip.
    const db = new Database(join(dir, LIBRARY_FILE));
    db.exec(
      'DROP TABLE map_links; DROP TABLE insights; DROP TABLE insights_search; DROP TABLE card_insights; DROP TABLE backlog; ALTER TABLE maps DROP COLUMN research_hash; PRAGMA user_version = 6;',
    );
    db.prepare(
      `INSERT INTO maps (id, title, kind, language, revision, document, created_at, updated_at)
       VALUES ('bad', 'Damaged', 'current-state', 'en', 1, '{not json', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
    ).run();
    db.close();
    const reopened = createLibraryServices(dir);
    expect(reopened.maps.summary(b!.id).detailOf).toEqual([{ id: a!.id, title: 'A' }]);
    reopened.close();
  });

  it('migrates an empty schema-6 library', () => {
    const dir = tempDir();
    const db = new Database(join(dir, LIBRARY_FILE));
    migrate(db, MIGRATIONS.slice(0, 6));
    db.close();
    const lib = openLibrary(dir);
    expect(lib.db.prepare('SELECT count(*) AS n FROM map_links').get()).toEqual({ n: 0 });
    lib.db.close();
  });
});
