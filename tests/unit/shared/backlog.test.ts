import { describe, expect, it } from 'vitest';
import { settleMerged } from '../../../shared/collab/settleMerged';
import { researchCoverage } from '../../../shared/model/coverage';
import { mapHealth } from '../../../shared/model/guide';
import { pastedInsightLines } from '../../../shared/model/insight';
import { LIMITS } from '../../../shared/model/limits';
import {
  addOpportunity,
  citeInsights,
  deleteCards,
  deleteLane,
  deleteStage,
  removeOpportunity,
  setOpportunityCards,
  setRealises,
  titleFromCards,
  uncite,
  updateCard,
  updateOpportunity,
} from '../../../shared/model/operations';
import { validateDocument } from '../../../shared/schema/validate';
import { sampleMap } from '../../helpers/sampleMap';

const at = '2026-12-08T10:00:00.000Z';
const valid = (doc: unknown) => expect(validateDocument(doc).ok).toBe(true);

describe('cards citing insights', () => {
  it('cites each insight once per card, after those already cited, and refuses past the limit', () => {
    let doc = citeInsights(sampleMap(), ['c1', 'c2'], ['i1', 'i2', 'i1']);
    doc = citeInsights(doc, ['c1'], ['i3', 'i2']);
    expect(doc.cards.find((c) => c.id === 'c1')!.insights).toEqual(['i1', 'i2', 'i3']);
    expect(doc.cards.find((c) => c.id === 'c2')!.insights).toEqual(['i1', 'i2']);
    valid(doc);
    doc = uncite(doc, ['c1', 'c2'], 'i2');
    expect(doc.cards.find((c) => c.id === 'c1')!.insights).toEqual(['i1', 'i3']);
    const many = Array.from({ length: LIMITS.cardInsights }, (_, i) => `x${i}`);
    expect(() => citeInsights(doc, ['c1'], many)).toThrow(/at most 50 insights/);
    expect(() => citeInsights(doc, ['gone'], ['i1'])).toThrow(/no longer in this map/);
  });

  it('counts pain points and cards backed by research per stage and per map, only by insights that exist', () => {
    let doc = sampleMap();
    doc = updateCard(doc, 'c1', { type: 'pain-point' });
    doc = updateCard(doc, 'c3', { type: 'pain-point' });
    doc = citeInsights(doc, ['c1'], ['kept']);
    doc = citeInsights(doc, ['c3'], ['deleted']);
    const known = (id: string) => id === 'kept';
    const all = researchCoverage(doc);
    expect(all.pains).toEqual({ backed: 2, total: 2 });
    const real = researchCoverage(doc, known);
    expect(real.pains).toEqual({ backed: 1, total: 2 });
    expect(real.cards).toEqual({ backed: 1, total: 3 });
    expect(real.stages[doc.stages[0]!.id]).toEqual({ pains: { backed: 1, total: 1 }, cards: { backed: 1, total: 2 } });
    expect(real.stages[doc.stages[1]!.id]!.pains).toEqual({ backed: 0, total: 1 });
    expect(researchCoverage(deleteCards(doc, ['c1']), known).pains).toEqual({ backed: 0, total: 1 });
  });

  it('flags a card marked Observed with no insight behind it, and stops once one backs it', () => {
    let doc = updateCard(sampleMap(), 'c1', { evidence: 'observed' });
    expect(mapHealth(doc)).toContainEqual({ kind: 'observed-unbacked', cardId: 'c1' });
    doc = citeInsights(doc, ['c1'], ['i1']);
    expect(mapHealth(doc)).not.toContainEqual({ kind: 'observed-unbacked', cardId: 'c1' });
    expect(mapHealth(doc, () => false)).toContainEqual({ kind: 'observed-unbacked', cardId: 'c1' });
  });
});

describe("a map's backlog of opportunities", () => {
  it('starts from cards as an unscored idea titled by the first card, and is edited and removed', () => {
    const doc0 = sampleMap();
    const title = titleFromCards(doc0, ['c3', 'c1'], 'New opportunity');
    expect(title).toBe('Đọc đánh giá trên Shopee');
    let doc = addOpportunity(doc0, { id: 'o1', title, cardIds: ['c3', 'c1', 'c3'], createdAt: at });
    expect(doc.opportunities[0]).toMatchObject({
      cardIds: ['c3', 'c1'],
      status: 'idea',
      customerValue: null,
      businessValue: null,
      effort: null,
    });
    doc = updateOpportunity(doc, 'o1', { customerValue: 4, businessValue: 2, effort: 5, status: 'in-progress' });
    doc = setOpportunityCards(doc, 'o1', ['c2']);
    valid(doc);
    expect(doc.opportunities[0]).toMatchObject({ customerValue: 4, effort: 5, cardIds: ['c2'] });
    expect(() => setOpportunityCards(doc, 'o1', ['nope'])).toThrow(/no longer in this map/);
    expect(removeOpportunity(doc, 'o1').opportunities).toEqual([]);
    expect(() => removeOpportunity(doc, 'o2')).toThrow(/No opportunity/);
    expect(titleFromCards(doc0, [], 'New opportunity')).toBe('New opportunity');
  });

  it('refuses scores outside 1–5, unknown cards and duplicate ids when a document is checked', () => {
    const doc = addOpportunity(sampleMap(), { id: 'o1', title: 'x', cardIds: ['c1'], createdAt: at });
    expect(validateDocument(updateOpportunity(doc, 'o1', { effort: 6 })).ok).toBe(false);
    expect(validateDocument(updateOpportunity(doc, 'o1', { customerValue: 0 })).ok).toBe(false);
    const o = doc.opportunities[0]!;
    expect(validateDocument({ ...doc, opportunities: [{ ...o, cardIds: ['ghost'] }] }).ok).toBe(false);
    expect(validateDocument({ ...doc, opportunities: [o, o] }).ok).toBe(false);
    expect(validateDocument({ ...doc, opportunities: [{ ...o, title: '  ' }] }).ok).toBe(false);
  });

  it('forgets a card deleted by hand, with its stage or with its lane, and when a merge removed it', () => {
    const doc = addOpportunity(sampleMap(), { id: 'o1', title: 'x', cardIds: ['c1', 'c3'], createdAt: at });
    const cards = (d: typeof doc) => d.opportunities[0]!.cardIds;
    expect(cards(deleteCards(doc, ['c1']))).toEqual(['c3']);
    const stage = deleteStage(doc, doc.stages[1]!.id);
    expect(cards(stage)).toEqual(['c1']);
    valid(stage);
    const lane = deleteLane(doc, doc.cards.find((c) => c.id === 'c1')!.laneId);
    expect(cards(lane)).toEqual(['c3']);
    valid(lane);
    const merged = { ...doc, cards: doc.cards.filter((c) => c.id !== 'c3') };
    expect(cards(settleMerged(merged))).toEqual(['c1']);
  });
});

describe('a card realising an opportunity', () => {
  it('names one of the map’s opportunities; removing it, or a merge that lost it, leaves the card realising none', () => {
    let doc = addOpportunity(sampleMap(), { id: 'o1', title: 'x', cardIds: [], createdAt: at });
    doc = setRealises(doc, ['c1', 'c2'], 'o1');
    expect(doc.cards.filter((c) => c.realises === 'o1').map((c) => c.id)).toEqual(['c1', 'c2']);
    valid(doc);
    expect(() => setRealises(doc, ['c1'], 'nope')).toThrow(/No opportunity/);
    expect(validateDocument(updateCard(doc, 'c3', { realises: 'ghost' })).ok).toBe(false);
    expect(removeOpportunity(doc, 'o1').cards.every((c) => c.realises === null)).toBe(true);
    const merged = settleMerged({ ...doc, opportunities: [] });
    expect(merged.cards.every((c) => c.realises === null)).toBe(true);
    valid(merged);
  });
});

describe('pasted notes', () => {
  it('makes one insight a line, skipping blank lines and list bullets, keeping line numbers', () => {
    expect(pastedInsightLines('- Không có thời gian\r\n\n  • Giá cao  \n\u200b\nShipping slow')).toEqual([
      { line: 1, text: 'Không có thời gian' },
      { line: 3, text: 'Giá cao' },
      { line: 5, text: 'Shipping slow' },
    ]);
  });
});
