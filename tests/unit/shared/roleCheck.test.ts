import { describe, expect, it } from 'vitest';
import { checkChange, type RoomPerson } from '../../../shared/collab/roleCheck';
import { addCard, addStage, deleteCards, renameStage, setScenario, updateCard } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { sampleMap } from '../../helpers/sampleMap';

const lan: RoomPerson = { id: 'lan', role: 'participant' };
const minh: RoomPerson = { id: 'minh', role: 'cofacilitator' };
const cell = (doc: JourneyMap) => ({
  laneId: doc.lanes.find((l) => l.type === 'cards')!.id,
  stageId: doc.stages[0]!.id,
});

describe('who may change what in a workshop room', () => {
  const before = sampleMap();
  const withLans = addCard(before, { ...cell(before), id: 'lan-1', text: 'Giao hàng chậm' });
  const authors = new Map([['lan-1', 'lan']]);

  it('lets a participant add cards and edit or delete their own', () => {
    expect(checkChange(before, withLans, lan, authors)).toBeNull();
    expect(
      checkChange(withLans, updateCard(withLans, 'lan-1', { text: 'Giao hàng rất chậm' }), lan, authors),
    ).toBeNull();
    expect(checkChange(withLans, deleteCards(withLans, ['lan-1']), lan, authors)).toBeNull();
  });

  it('refuses a participant’s change to someone else’s card, a card claimed for another, or the structure', () => {
    expect(checkChange(withLans, updateCard(withLans, 'c1', { text: 'x' }), lan, authors)?.key).toBe(
      'room.refused.notYourCard',
    );
    expect(checkChange(withLans, deleteCards(withLans, ['c2']), lan, authors)?.key).toBe('room.refused.notYourCard');
    const forged = addCard(before, { ...cell(before), id: 'minh-1', text: 'Not mine' });
    expect(checkChange(before, forged, lan, new Map([['minh-1', 'minh']]))?.key).toBe('room.refused.notYourCard');
    for (const change of [
      addStage(before, { name: 'Mới' }),
      renameStage(before, before.stages[0]!.id, 'Đổi tên'),
      setScenario(before, 'Bối cảnh khác'),
      { ...before, title: 'Tiêu đề khác' },
    ])
      expect(checkChange(before, change, lan, authors)?.key).toBe('room.refused.structure');
  });

  it('lets a co-facilitator change anything valid, and refuses an invalid map from anyone', () => {
    expect(checkChange(withLans, renameStage(withLans, withLans.stages[0]!.id, 'Khám phá'), minh, authors)).toBeNull();
    expect(checkChange(withLans, updateCard(withLans, 'lan-1', { text: 'sửa' }), minh, authors)).toBeNull();
    const broken = { ...before, cards: [...before.cards, { ...before.cards[0]!, id: 'orphan', stageId: 'nowhere' }] };
    expect(checkChange(before, broken, minh, authors)?.key).toBe('room.refused.invalid');
    expect(checkChange(before, broken, { id: 'host', role: 'host' }, authors)?.key).toBe('room.refused.invalid');
  });
});
