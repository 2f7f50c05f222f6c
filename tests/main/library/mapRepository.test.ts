import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createLibraryServices, type LibraryServices } from '../../../electron/main/library/services';
import { addCard, updateCard } from '../../../shared/model/operations';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

function library(): LibraryServices {
  let t = Date.parse('2026-11-23T09:00:00.000Z');
  // A clock that ticks a second per call keeps "last changed" ordering deterministic.
  return createLibraryServices(tempDir(), { now: () => new Date((t += 1000)) });
}

function rawRow(lib: LibraryServices, id: string) {
  const db = new Database(lib.file, { readonly: true });
  const row = db.prepare('SELECT * FROM maps WHERE id = ?').get(id) as Record<string, unknown>;
  db.close();
  return row;
}

describe('map repository', () => {
  it('creates a map from a template and loads it back', () => {
    const lib = library();
    const created = lib.maps.create({ kind: 'service-blueprint', language: 'vi', title: 'Phòng khám' });
    expect(created.revision).toBe(1);
    const loaded = lib.maps.load(created.document.id);
    expect(loaded).toEqual(created);
    lib.close();
  });

  it('lists metadata only, most recently changed first', () => {
    const lib = library();
    const a = lib.maps.create({ kind: 'current-state', language: 'en', title: 'A' });
    const b = lib.maps.create({ kind: 'future-state', language: 'en', title: 'B' });
    lib.maps.save(
      updateCard(
        addCard(a.document, { laneId: a.document.lanes[0]!.id, stageId: a.document.stages[0]!.id, id: 'x' }),
        'x',
        { text: 'hi' },
      ),
      1,
    );
    const list = lib.maps.list();
    expect(list.map((m) => m.title)).toEqual(['A', 'B']);
    expect(list[0]).toMatchObject({ kind: 'current-state', cardCount: 1, revision: 2, deletedAt: null });
    expect(list[0]).not.toHaveProperty('document');
    expect(b.document.id).toBe(list[1]!.id);
    lib.close();
  });

  it('saves a validated document, bumps the revision and stamps the time', () => {
    const lib = library();
    const { document } = lib.maps.create({ kind: 'current-state', language: 'vi' });
    const edited = addCard(document, {
      laneId: document.lanes[0]!.id,
      stageId: document.stages[1]!.id,
      text: 'Khách hàng đọc đánh giá trên Shopee',
    });
    const saved = lib.maps.save(edited, 1);
    expect(saved.revision).toBe(2);
    const loaded = lib.maps.load(document.id);
    expect(loaded.revision).toBe(2);
    expect(loaded.document.cards[0]!.text).toBe('Khách hàng đọc đánh giá trên Shopee');
    expect(loaded.document.updatedAt).toBe(saved.updatedAt);
    expect(loaded.document.createdAt).toBe(document.createdAt);
    lib.close();
  });

  it('refuses a save based on a stale revision and keeps the newer work', () => {
    const lib = library();
    const { document } = lib.maps.create({ kind: 'current-state', language: 'en' });
    const first = updateCard(
      addCard(document, { laneId: document.lanes[0]!.id, stageId: document.stages[0]!.id, id: 'k' }),
      'k',
      { text: 'first' },
    );
    lib.maps.save(first, 1);
    const stale = updateCard(first, 'k', { text: 'stale' });
    expect(() => lib.maps.save(stale, 1)).toThrow(
      /changed elsewhere \(revision 2, this edit is based on 1\).*nothing was overwritten/,
    );
    expect(lib.maps.load(document.id).document.cards[0]!.text).toBe('first');
    lib.close();
  });

  it('refuses an invalid document and writes nothing', () => {
    const lib = library();
    const { document } = lib.maps.create({ kind: 'current-state', language: 'en' });
    const before = rawRow(lib, document.id);
    const broken = { ...document, cards: [{ id: 'x', text: 'orphan', laneId: 'nowhere' }] };
    expect(() => lib.maps.save(broken, 1)).toThrow(/Invalid map document: .*Nothing was saved/);
    expect(() => lib.maps.save({ ...document, title: '' }, 1)).toThrow(/title/);
    expect(() => lib.maps.save('not a map', 1)).toThrow(/Invalid map document/);
    expect(rawRow(lib, document.id)).toEqual(before);
    lib.close();
  });

  it('refuses to save a map that does not exist', () => {
    const lib = library();
    const { document } = lib.maps.create({ kind: 'current-state', language: 'en' });
    expect(() => lib.maps.save({ ...document, id: 'ghost' }, 1)).toThrow(/No map with id "ghost"/);
    lib.close();
  });

  it('renames, in the metadata and in the document', () => {
    const lib = library();
    const { document } = lib.maps.create({ kind: 'current-state', language: 'en' });
    const summary = lib.maps.rename(document.id, '  Tesla test drive ');
    expect(summary.title).toBe('Tesla test drive');
    expect(summary.revision).toBe(2);
    expect(lib.maps.load(document.id).document.title).toBe('Tesla test drive');
    lib.close();
  });

  it('duplicates a map into an independent copy', () => {
    const lib = library();
    const { document } = lib.maps.create({ kind: 'current-state', language: 'vi', title: 'Gốc' });
    const copy = lib.maps.duplicate(document.id);
    expect(copy.title).toBe('Gốc (bản sao)');
    expect(copy.id).not.toBe(document.id);
    const copyDoc = lib.maps.load(copy.id).document;
    lib.maps.save(addCard(copyDoc, { laneId: copyDoc.lanes[0]!.id, stageId: copyDoc.stages[0]!.id }), 1);
    expect(lib.maps.load(document.id).document.cards).toHaveLength(0);
    lib.close();
  });

  it('moves a deleted map to the trash and restores it intact', () => {
    const lib = library();
    const { document } = lib.maps.create({ kind: 'current-state', language: 'en', title: 'Keep me' });
    const deleted = lib.maps.delete(document.id);
    expect(deleted.deletedAt).not.toBeNull();
    expect(lib.maps.list()).toEqual([]);
    expect(lib.maps.list({ trash: true }).map((m) => m.title)).toEqual(['Keep me']);
    expect(() => lib.maps.save(document, 1)).toThrow(/in the trash/);
    expect(() => lib.maps.delete(document.id)).toThrow(/in the trash/);
    const restored = lib.maps.restore(document.id);
    expect(restored.deletedAt).toBeNull();
    expect(lib.maps.list().map((m) => m.title)).toEqual(['Keep me']);
    expect(lib.maps.load(document.id).document).toEqual(document);
    expect(() => lib.maps.restore(document.id)).toThrow(/not in the trash/);
    lib.close();
  });

  it('reports a damaged stored document instead of returning it', () => {
    const lib = library();
    const { document } = lib.maps.create({ kind: 'current-state', language: 'en' });
    const db = new Database(lib.file);
    db.prepare('UPDATE maps SET document = \'{"formatVersion": 1, "id": 1}\' WHERE id = ?').run(document.id);
    db.prepare("UPDATE maps SET document = '{oops' WHERE id != ?").run(document.id);
    db.close();
    expect(() => lib.maps.load(document.id)).toThrow(/is damaged/);
    lib.close();
  });

  it('keeps snapshots of a map for version history', () => {
    const lib = library();
    const { document } = lib.maps.create({ kind: 'current-state', language: 'en' });
    const s1 = lib.snapshots.create(document.id, 'Before workshop');
    lib.maps.save(addCard(document, { laneId: document.lanes[0]!.id, stageId: document.stages[0]!.id }), 1);
    const s2 = lib.snapshots.create(document.id, 'After workshop');
    expect(s1.revision).toBe(1);
    expect(s2.revision).toBe(2);
    expect(lib.snapshots.list(document.id).map((s) => s.label)).toEqual(['After workshop', 'Before workshop']);
    expect(() => lib.snapshots.list('ghost')).toThrow(/No map/);
    lib.close();
  });
});
