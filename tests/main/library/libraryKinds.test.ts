import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ftsQuery } from '../../../electron/main/library/mapRepository';
import { createLibraryServices, type LibraryServices } from '../../../electron/main/library/services';
import { addCard, addMapPersona, updateCard } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

function library(dir = tempDir(), clock = { t: Date.parse('2026-11-23T09:00:00.000Z') }): LibraryServices {
  return createLibraryServices(dir, { now: () => new Date((clock.t += 1000)) });
}

function withCard(doc: JourneyMap, text: string, id = 'c1'): JourneyMap {
  return updateCard(addCard(doc, { laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id, id }), id, { text });
}

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe('library search, filter and sort', () => {
  it('finds a map by a word inside one card, accents ignored, and not others', () => {
    const lib = library();
    const a = lib.maps.create({ kind: 'current-state', language: 'vi', title: 'Mua sắm' });
    lib.maps.create({ kind: 'current-state', language: 'en', title: 'Other' });
    lib.maps.save(withCard(a.document, 'Khách hàng bực mình vì mã giảm giá'), 1);
    expect(lib.maps.list({ query: 'giảm' }).map((m) => m.title)).toEqual(['Mua sắm']);
    expect(lib.maps.list({ query: 'giam gia' }).map((m) => m.title)).toEqual(['Mua sắm']);
    expect(lib.maps.list({ query: 'oth' }).map((m) => m.title)).toEqual(['Other']);
    expect(lib.maps.list({ query: 'nothing-like-this' })).toEqual([]);
    lib.close();
  });

  it('folds đ like the other accents: "dat lich" finds "Đặt lịch lái thử", "uu dai" finds "ưu đãi"', () => {
    const lib = library();
    const a = lib.maps.create({ kind: 'current-state', language: 'vi', title: 'Đặt lịch lái thử' });
    const b = lib.maps.create({ kind: 'current-state', language: 'vi', title: 'Khuyến mãi' });
    lib.maps.save(withCard(b.document, 'Khách săn ưu đãi cuối tuần'), 1);
    expect(lib.maps.list({ query: 'dat lich' }).map((m) => m.id)).toEqual([a.document.id]);
    expect(lib.maps.list({ query: 'Đặt' }).map((m) => m.id)).toEqual([a.document.id]);
    expect(lib.maps.list({ query: 'uu dai' }).map((m) => m.id)).toEqual([b.document.id]);
    expect(lib.maps.list({ query: 'ĐÃI' }).map((m) => m.id)).toEqual([b.document.id]);
    lib.close();
  });

  it('treats FTS syntax in a query as words, never as operators', () => {
    expect(ftsQuery('a" OR NEAR(x')).toBe('"a"* "OR"* "NEAR(x"*');
    expect(ftsQuery('  " * ')).toBeNull();
    const lib = library();
    lib.maps.create({ kind: 'current-state', language: 'en', title: 'Quotes "inside" title' });
    expect(() => lib.maps.list({ query: '"unbalanced ( NEAR/ * OR' })).not.toThrow();
    expect(lib.maps.list({ query: 'inside"' })).toHaveLength(1);
    lib.close();
  });

  it('filters by kind and sorts by title the Vietnamese way', () => {
    const lib = library();
    for (const title of ['Đặt hàng', 'Bán lẻ', 'Zalo', 'an toàn'])
      lib.maps.create({ kind: 'current-state', language: 'vi', title });
    lib.maps.create({ kind: 'service-blueprint', language: 'vi', title: 'Phòng khám' });
    expect(lib.maps.list({ kind: 'service-blueprint' }).map((m) => m.title)).toEqual(['Phòng khám']);
    expect(lib.maps.list({ sort: 'title', kind: 'current-state' }).map((m) => m.title)).toEqual([
      'an toàn',
      'Bán lẻ',
      'Đặt hàng',
      'Zalo',
    ]);
    lib.close();
  });

  it('lists recently opened maps first when sorted by opened', () => {
    const lib = library();
    const a = lib.maps.create({ kind: 'current-state', language: 'en', title: 'A' });
    lib.maps.create({ kind: 'current-state', language: 'en', title: 'B' });
    lib.maps.open(a.document.id);
    expect(lib.maps.list({ sort: 'opened' }).map((m) => m.title)).toEqual(['A', 'B']);
    expect(lib.maps.list({ sort: 'opened' })[0]!.openedAt).not.toBeNull();
    expect(lib.maps.recent(5)).toEqual([{ id: a.document.id, title: 'A' }]);
    lib.close();
  });

  it('stores a thumbnail that follows the map and never contains card text', () => {
    const lib = library();
    const { document } = lib.maps.create({ kind: 'current-state', language: 'en', title: 'T' });
    lib.maps.save(withCard(document, '<script>alert(1)</script>'), 1);
    const [summary] = lib.maps.list();
    expect(summary!.thumbnail).toMatch(/^<svg [^>]*viewBox/);
    expect(summary!.thumbnail).not.toContain('script');
    expect(summary!.thumbnail).toContain('<rect');
    lib.close();
  });

  it('indexes maps stored before search existed when the library opens', () => {
    const dir = tempDir();
    const lib = library(dir);
    const { document } = lib.maps.create({ kind: 'current-state', language: 'en', title: 'Old' });
    lib.maps.save(withCard(document, 'legacy wording'), 1);
    lib.close();
    const db = new Database(`${dir}/waymark-library.sqlite`);
    db.exec('DELETE FROM maps_search; UPDATE maps SET thumbnail = NULL');
    db.close();
    const reopened = library(dir);
    expect(reopened.maps.list({ query: 'legacy' })).toHaveLength(1);
    expect(reopened.maps.list()[0]!.thumbnail).toContain('<svg');
    reopened.close();
  });

  it('empties the trash for good, leaving live maps and search intact', () => {
    const lib = library();
    const a = lib.maps.create({ kind: 'current-state', language: 'en', title: 'Keep' });
    const b = lib.maps.create({ kind: 'current-state', language: 'en', title: 'Drop' });
    lib.snapshots.create(b.document.id, 'x');
    lib.maps.delete(b.document.id);
    expect(lib.maps.emptyTrash()).toBe(1);
    expect(lib.maps.list({ trash: true })).toEqual([]);
    expect(lib.maps.list().map((m) => m.id)).toEqual([a.document.id]);
    expect(lib.maps.list({ query: 'drop' })).toEqual([]);
    expect(() => lib.maps.load(b.document.id)).toThrow(/No map/);
    lib.close();
  });
});

describe('future state from current state', () => {
  it('copies stages, lanes and cards with lineage, and links the two maps', () => {
    const lib = library();
    const current = lib.maps.create({ kind: 'current-state', language: 'en', title: 'Checkout' });
    lib.maps.save(withCard(current.document, 'Pays at the till'), 1);
    const future = lib.maps.deriveFuture(current.document.id).document;
    expect(future.kind).toBe('future-state');
    expect(future.derivedFrom).toEqual({ mapId: current.document.id, title: 'Checkout' });
    expect(future.stages.map((s) => s.id)).toEqual(current.document.stages.map((s) => s.id));
    expect(future.lanes.map((l) => l.name)).toContain('Ideas / changes');
    expect(future.cards).toHaveLength(1);
    expect(future.cards[0]!.id).not.toBe('c1');
    expect(future.cards[0]!.sourceCardId).toBe('c1');
    expect(lib.maps.derivedFrom(current.document.id).map((m) => m.id)).toEqual([future.id]);
    expect(lib.maps.list().find((m) => m.id === future.id)!.sourceMapId).toBe(current.document.id);
    lib.close();
  });

  it('refuses to derive a future state from a map that is not a current-state map', () => {
    const lib = library();
    const bp = lib.maps.create({ kind: 'service-blueprint', language: 'en' });
    expect(() => lib.maps.deriveFuture(bp.document.id)).toThrow(/derived from a current-state map/);
    expect(lib.maps.list()).toHaveLength(1);
    lib.close();
  });
});

describe('shared personas', () => {
  const fields = { name: 'Lan', quote: 'Fast please', goals: 'Genuine products', needs: '', frustrations: 'Fakes' };

  it('is reused by several maps and an edit shows on all of them', () => {
    const lib = library();
    const p = lib.personas.create(fields);
    const a = lib.maps.create({ kind: 'current-state', language: 'en', title: 'A' });
    const b = lib.maps.create({ kind: 'future-state', language: 'en', title: 'B' });
    lib.maps.save({ ...a.document, personaId: p.id }, 1);
    lib.maps.save({ ...b.document, personaId: p.id }, 1);
    expect(lib.personas.get(p.id).mapCount).toBe(2);
    lib.personas.update(p.id, { ...fields, name: 'Chị Lan' });
    expect(lib.maps.list().map((m) => m.personaName)).toEqual(['Chị Lan', 'Chị Lan']);
    lib.close();
  });

  it('stores a real image as the photo and refuses anything else, keeping the old photo', () => {
    const lib = library();
    const p = lib.personas.create(fields);
    expect(lib.personas.setPhoto(p.id, PNG_1x1).photo).toBe(`data:image/png;base64,${PNG_1x1}`);
    const notImage = Buffer.from('<svg onload="alert(1)"></svg>').toString('base64');
    expect(() => lib.personas.setPhoto(p.id, notImage)).toThrow(/not an image Waymark can use/);
    const huge = Buffer.concat([Buffer.from(PNG_1x1, 'base64'), Buffer.alloc(2 * 1024 * 1024)]).toString('base64');
    expect(() => lib.personas.setPhoto(p.id, huge)).toThrow(/limit is 1 MB/);
    expect(lib.personas.get(p.id).photo).toContain(PNG_1x1);
    expect(lib.personas.setPhoto(p.id, null).photo).toBeNull();
    lib.close();
  });

  it('on delete, maps that used the persona keep a copy of it and point at nothing missing', () => {
    const lib = library();
    const p = lib.personas.create({ ...fields, goals: 'One\n\nTwo' });
    const a = lib.maps.create({ kind: 'current-state', language: 'en', title: 'A' });
    lib.maps.save({ ...a.document, personaId: p.id }, 1);
    // Another map compares it beside its main persona; a third only mentions its id in a card.
    const b = lib.maps.create({ kind: 'current-state', language: 'en', title: 'B' });
    lib.maps.save(addMapPersona(b.document, { personaId: p.id, name: '', id: 'seg' }), 1);
    const c = lib.maps.create({ kind: 'current-state', language: 'en', title: 'C' });
    lib.maps.save({ ...c.document, scenario: p.id }, 1);
    expect(lib.personas.delete(p.id)).toEqual({ changedMapIds: [a.document.id, b.document.id] });
    const compared = lib.maps.load(b.document.id).document.personas[0]!;
    expect(compared).toMatchObject({ personaId: null, persona: { name: 'Lan', description: 'Fast please' } });
    expect(lib.maps.load(c.document.id).revision).toBe(2);
    const loaded = lib.maps.load(a.document.id);
    expect(loaded.revision).toBe(3);
    expect(loaded.document.personaId).toBeNull();
    expect(loaded.document.persona).toMatchObject({ name: 'Lan', description: 'Fast please', goals: ['One', 'Two'] });
    expect(lib.personas.list()).toEqual([]);
    lib.close();
  });

  it('drops a persona id an imported map brings from another library', () => {
    const lib = library();
    const other = lib.maps.create({ kind: 'current-state', language: 'en' }).document;
    const compared = addMapPersona(other, { personaId: 'also-elsewhere', name: 'Minh', id: 'seg' });
    const imported = lib.maps.importDocument({ ...compared, personaId: 'from-elsewhere' });
    expect(lib.maps.load(imported.id).document.personaId).toBeNull();
    expect(lib.maps.load(imported.id).document.personas[0]).toMatchObject({
      personaId: null,
      persona: { name: 'Minh' },
    });
    lib.close();
  });
});

describe('version history', () => {
  it('snapshots automatically at most once per ten minutes of saving', () => {
    const clock = { t: Date.parse('2026-11-23T09:00:00.000Z') };
    const lib = library(tempDir(), clock);
    let loaded = lib.maps.create({ kind: 'current-state', language: 'en' });
    for (let i = 0; i < 5; i++) {
      const saved = lib.saveMap(withCard(loaded.document, `edit ${i}`, `c${i}`), loaded.revision);
      loaded = lib.maps.load(loaded.document.id);
      expect(saved.revision).toBe(loaded.revision);
    }
    expect(lib.snapshots.list(loaded.document.id).map((s) => s.label)).toEqual(['auto']);
    clock.t += 11 * 60 * 1000;
    lib.saveMap(withCard(loaded.document, 'later', 'late'), loaded.revision);
    const history = lib.snapshots.list(loaded.document.id);
    expect(history.map((s) => s.label)).toEqual(['auto', 'auto']);
    expect(history[0]!.cardCount).toBe(5);
    expect(history[0]!.thumbnail).toContain('<svg');
    lib.close();
  });

  it('draws a snapshot preview once, and gives older snapshots theirs when first listed', () => {
    const lib = library();
    const created = lib.maps.create({ kind: 'current-state', language: 'en' });
    lib.maps.save(withCard(created.document, 'kept'), 1);
    lib.snapshots.create(created.document.id, 'kept');
    const db = new Database(lib.file);
    db.exec('UPDATE snapshots SET thumbnail = NULL, card_count = NULL');
    db.close();
    const [listed] = lib.snapshots.list(created.document.id);
    expect(listed).toMatchObject({ cardCount: 1, thumbnail: expect.stringContaining('<svg') });
    const raw = new Database(lib.file, { readonly: true });
    expect(raw.prepare('SELECT card_count FROM snapshots').get()).toEqual({ card_count: 1 });
    raw.close();
    lib.close();
  });

  it('restores a snapshot as a new revision, keeping the replaced state as a snapshot', () => {
    const lib = library();
    const created = lib.maps.create({ kind: 'current-state', language: 'en' });
    const snap = lib.snapshots.create(created.document.id, 'Before workshop');
    lib.maps.save(withCard(created.document, 'workshop idea'), 1);
    const restored = lib.snapshots.restore(created.document.id, snap.id, 2);
    expect(restored.revision).toBe(3);
    expect(restored.document.cards).toEqual([]);
    expect(lib.maps.load(created.document.id).document.cards).toEqual([]);
    const history = lib.snapshots.list(created.document.id);
    expect(history.map((s) => s.label)).toEqual(['before-restore', 'Before workshop']);
    // Undo the restore from the history.
    lib.snapshots.restore(created.document.id, history[0]!.id, 3);
    expect(lib.maps.load(created.document.id).document.cards.map((c) => c.text)).toEqual(['workshop idea']);
    lib.close();
  });

  it('refuses a restore based on a stale revision and changes nothing', () => {
    const lib = library();
    const created = lib.maps.create({ kind: 'current-state', language: 'en' });
    const snap = lib.snapshots.create(created.document.id, 's');
    lib.maps.save(withCard(created.document, 'newer'), 1);
    expect(() => lib.snapshots.restore(created.document.id, snap.id, 1)).toThrow(/changed elsewhere/);
    expect(lib.maps.load(created.document.id).revision).toBe(2);
    expect(lib.snapshots.list(created.document.id)).toHaveLength(1);
    lib.close();
  });
});

describe('example maps', () => {
  it('creates every example as a valid map with filled lanes', () => {
    const lib = library();
    for (const example of ['tesla', 'shopee-retail', 'future-grocery', 'day-office-worker', 'service-visit']) {
      const { document } = lib.createExample(example);
      const cardLanes = document.lanes.filter((l) => l.type === 'cards');
      for (const lane of cardLanes) expect(document.cards.some((c) => c.laneId === lane.id)).toBe(true);
      if (document.lanes.some((l) => l.type === 'emotion'))
        expect(document.emotions).toHaveLength(document.stages.length);
    }
    expect(lib.maps.list()).toHaveLength(5);
    expect(() => lib.createExample('__proto__')).toThrow(/no example called/);
    lib.close();
  });
});
