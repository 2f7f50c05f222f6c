import { describe, expect, it } from 'vitest';
import { createLibraryServices, type LibraryServices } from '../../../electron/main/library/services';
import { blankInsight, type InsightFields } from '../../../shared/model/insight';
import {
  addCard,
  addOpportunity,
  citeInsights,
  deleteCards,
  updateOpportunity,
} from '../../../shared/model/operations';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

function library(): LibraryServices {
  let t = Date.parse('2026-12-08T09:00:00.000Z');
  return createLibraryServices(tempDir(), { now: () => new Date((t += 1000)) });
}

const page = { query: '', source: null, limit: 50, offset: 0 } as const;
const texts = (lib: LibraryServices, query: string) => lib.insights.list({ ...page, query }).items.map((i) => i.text);

/** A map with two cards (a pain point and a note) citing the given insights, saved. */
function mapCiting(lib: LibraryServices, ...insightIds: string[]) {
  const loaded = lib.maps.create({ kind: 'current-state', language: 'vi', title: 'Mua hàng' });
  let doc = loaded.document;
  const cell = { laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id };
  doc = addCard(doc, { ...cell, id: 'pain', type: 'pain-point', text: 'Chờ lâu' });
  doc = addCard(doc, { ...cell, id: 'note', text: 'Ghi chú' });
  doc = citeInsights(doc, ['pain', 'note'], insightIds);
  lib.maps.save(doc, loaded.revision);
  return doc;
}

describe('the insight library', () => {
  it('finds Vietnamese insights typed without accents, đ included, and never obeys search syntax', () => {
    const lib = library();
    lib.insights.createMany([
      blankInsight('Không có thời gian để đọc hướng dẫn'),
      blankInsight('Đặt hàng trên điện thoại rất khó'),
      blankInsight('Shipping took two weeks'),
    ]);
    expect(texts(lib, 'khong co thoi gian')).toEqual(['Không có thời gian để đọc hướng dẫn']);
    expect(texts(lib, 'dat hang')).toEqual(['Đặt hàng trên điện thoại rất khó']);
    expect(texts(lib, 'DIEN THOAI')).toEqual(['Đặt hàng trên điện thoại rất khó']);
    expect(texts(lib, 'ship')).toEqual(['Shipping took two weeks']);
    expect(texts(lib, '" OR * NEAR(')).toEqual([]);
    expect(lib.insights.list(page).total).toBe(3);
  });

  it('keeps one insight for the same words, source, person and date, however often they are added', () => {
    const lib = library();
    const first = lib.insights.create(blankInsight('Checkout asks for my address twice'));
    expect(first.existed).toBe(false);
    const again = lib.insights.create(blankInsight('  Checkout asks   for my address twice '));
    expect(again).toMatchObject({ existed: true, insight: { id: first.insight.id } });
    const other: InsightFields = { ...blankInsight('Checkout asks for my address twice'), who: 'P7' };
    const batch = lib.insights.createMany([blankInsight('New one'), other, blankInsight('New one')]);
    expect(batch).toMatchObject({ created: 2, existing: 1 });
    expect(batch.ids[0]).toBe(batch.ids[2]);
    expect(lib.insights.list(page).total).toBe(3);
  });

  it('refuses a whole batch when one insight is bad, storing none of it', () => {
    const lib = library();
    const bad = { ...blankInsight('Fine'), link: 'javascript:alert(1)' };
    expect(() => lib.insights.createMany([blankInsight('First'), bad])).toThrow(/http/);
    expect(() => lib.insights.create({ ...blankInsight('x'), link: 'file:///etc/passwd' })).toThrow();
    expect(() => lib.insights.create(blankInsight('   '))).toThrow(/needs words/);
    expect(lib.insights.list(page).total).toBe(0);
  });

  it('counts the cards citing an insight, lists them, and forgets cards deleted or in the trash', () => {
    const lib = library();
    const { ids } = lib.insights.createMany([blankInsight('Chờ giao hàng quá lâu'), blankInsight('Unused')]);
    const doc = mapCiting(lib, ids[0]!);
    expect(lib.insights.get(ids[0]!).cardCount).toBe(2);
    expect(lib.insights.get(ids[1]!).cardCount).toBe(0);
    expect(lib.insights.citations(ids[0]!).map((c) => [c.mapTitle, c.cardText])).toEqual([
      ['Mua hàng', 'Chờ lâu'],
      ['Mua hàng', 'Ghi chú'],
    ]);
    const { revision } = lib.maps.load(doc.id);
    lib.maps.save(deleteCards(doc, ['note']), revision);
    expect(lib.insights.get(ids[0]!).cardCount).toBe(1);
    lib.maps.delete(doc.id);
    expect(lib.insights.get(ids[0]!).cardCount).toBe(0);
    lib.maps.restore(doc.id);
    expect(lib.insights.get(ids[0]!).cardCount).toBe(1);
  });

  it('keeps its counts right when a save that changed the citations is rolled back and made again', () => {
    const lib = library();
    const { ids } = lib.insights.createMany([blankInsight('A'), blankInsight('B')]);
    const doc = mapCiting(lib, ids[0]!);
    const { revision } = lib.maps.load(doc.id);
    const next = citeInsights(doc, ['pain'], [ids[1]!]);
    // A save in a transaction that fails after writing (a stale revision found later, a full disk).
    const db = (lib.maps as unknown as { db: import('better-sqlite3').Database }).db;
    expect(() =>
      db.transaction(() => {
        lib.maps.write(next, revision + 1);
        throw new Error('disk full');
      })(),
    ).toThrow('disk full');
    expect(lib.insights.get(ids[1]!).cardCount).toBe(0);
    lib.maps.save(next, revision);
    expect(lib.insights.get(ids[1]!).cardCount).toBe(1);
    // A save that changes only a card's words leaves the counts as they are.
    lib.maps.save({ ...next, cards: next.cards.map((c) => ({ ...c, text: `${c.text}!` })) }, revision + 1);
    expect([lib.insights.get(ids[0]!).cardCount, lib.insights.get(ids[1]!).cardCount]).toEqual([2, 1]);
  });

  it('deleting an insight takes it off every card that cited it, in one transaction', () => {
    const lib = library();
    const { ids } = lib.insights.createMany([blankInsight('A'), blankInsight('B')]);
    const doc = mapCiting(lib, ids[0]!, ids[1]!);
    const before = lib.maps.load(doc.id).revision;
    expect(lib.insights.delete(ids[0]!)).toEqual({ changedMapIds: [doc.id] });
    const after = lib.maps.load(doc.id);
    expect(after.revision).toBe(before + 1);
    expect(after.document.cards.map((c) => c.insights)).toEqual([[ids[1]], [ids[1]]]);
    expect(() => lib.insights.get(ids[0]!)).toThrow(/no longer in the library/);
    expect(texts(lib, 'A')).toEqual([]);
    expect(() => lib.insights.delete(ids[0]!)).toThrow(/no longer in the library/);
  });

  it('editing an insight re-indexes it and refuses to make it the twin of another', () => {
    const lib = library();
    const { ids } = lib.insights.createMany([blankInsight('Giá cao'), blankInsight('Giao chậm')]);
    lib.insights.update(ids[0]!, { ...blankInsight('Phí vận chuyển cao'), tags: ['phí'], source: 'survey' });
    expect(texts(lib, 'phi van')).toEqual(['Phí vận chuyển cao']);
    expect(texts(lib, 'gia cao')).toEqual([]);
    expect(lib.insights.list({ ...page, source: 'survey' }).items.map((i) => i.tags)).toEqual([['phí']]);
    expect(() =>
      lib.insights.update(ids[1]!, { ...blankInsight('Phí vận chuyển cao'), source: 'survey', tags: [] }),
    ).toThrow(/already has an insight/);
    expect(lib.insights.get(ids[1]!).text).toBe('Giao chậm');
  });

  it("lists every map's backlog with the room's dots on the cards each opportunity addresses", () => {
    const lib = library();
    const doc = mapCiting(lib);
    let next = addOpportunity(doc, { id: 'o1', title: 'Faster delivery', cardIds: ['pain'], createdAt: doc.updatedAt });
    next = updateOpportunity(next, 'o1', { customerValue: 5, effort: 2, status: 'planned' });
    next = { ...next, votes: [1, 2, 3].map((n) => ({ id: `v${n}`, cardId: 'pain', voter: `p${n}` })) };
    lib.maps.save(next, lib.maps.load(doc.id).revision);
    expect(lib.insights.backlog()).toEqual([
      {
        mapId: doc.id,
        mapTitle: 'Mua hàng',
        dots: 3,
        opportunity: expect.objectContaining({ id: 'o1', title: 'Faster delivery', customerValue: 5, effort: 2 }),
      },
    ]);
    lib.maps.delete(doc.id);
    expect(lib.insights.backlog()).toEqual([]);
  });
});
