import { describe, expect, it } from 'vitest';
import { addCard, deleteCards, EditError, renameMap, setEmotion, updateCard } from '../../../shared/model/operations';
import { validateDocument } from '../../../shared/schema/validate';
import { sampleMap } from '../../helpers/sampleMap';

describe('document operations', () => {
  it('adds a card at the bottom of its cell with the lane’s card type', () => {
    const doc = sampleMap();
    const lane = doc.lanes[0]!;
    const next = addCard(doc, { laneId: lane.id, stageId: doc.stages[0]!.id, id: 'new' });
    const card = next.cards.find((c) => c.id === 'new')!;
    expect(card.type).toBe(lane.cardType);
    expect(card.order).toBe(2);
    // Not yet marked: nobody has said how this card is known.
    expect(card.evidence).toBeNull();
    expect(validateDocument(next).ok).toBe(true);
    expect(doc.cards).toHaveLength(3);
  });

  it('refuses to add a card to an emotion or line lane, or an unknown cell', () => {
    const doc = sampleMap();
    const emotion = doc.lanes.find((l) => l.type === 'emotion')!;
    expect(() => addCard(doc, { laneId: emotion.id, stageId: doc.stages[0]!.id })).toThrow(/holds no cards/);
    expect(() => addCard(doc, { laneId: 'x', stageId: doc.stages[0]!.id })).toThrow(EditError);
    expect(() => addCard(doc, { laneId: doc.lanes[0]!.id, stageId: 'x' })).toThrow(/No stage/);
  });

  it('updates one card and leaves the others as they were', () => {
    const doc = sampleMap();
    const next = updateCard(doc, 'c2', { text: 'Mới' });
    expect(next.cards.find((c) => c.id === 'c2')!.text).toBe('Mới');
    expect(next.cards.find((c) => c.id === 'c1')).toBe(doc.cards.find((c) => c.id === 'c1'));
    expect(() => updateCard(doc, 'ghost', { text: '' })).toThrow(/No card "ghost"/);
  });

  it('deletes cards together with the connectors that touch them', () => {
    const next = deleteCards(sampleMap(), ['c1']);
    expect(next.cards.map((c) => c.id)).toEqual(['c2', 'c3']);
    expect(next.connectors).toEqual([]);
    expect(validateDocument(next).ok).toBe(true);
  });

  it('sets, clamps and clears emotion points', () => {
    const doc = sampleMap();
    const stage = doc.stages[1]!.id;
    expect(setEmotion(doc, stage, 7).emotions.find((e) => e.stageId === stage)!.score).toBe(3);
    expect(setEmotion(doc, stage, -1.6).emotions.find((e) => e.stageId === stage)!.score).toBe(-2);
    expect(setEmotion(doc, doc.stages[0]!.id, null).emotions).toEqual([]);
    expect(setEmotion(doc, doc.stages[0]!.id, 1).emotions[0]!.label).toBe('Tò mò');
  });

  it('renames with a trimmed, non-empty title', () => {
    expect(renameMap(sampleMap(), '  Hành trình  ').title).toBe('Hành trình');
    expect(() => renameMap(sampleMap(), '  ')).toThrow(/needs a title/);
  });
});
