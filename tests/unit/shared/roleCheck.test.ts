import { describe, expect, it } from 'vitest';
import { checkChange, type RoomPerson } from '../../../shared/collab/roleCheck';
import { NO_SESSION } from '../../../shared/collab/roomSession';
import {
  addCard,
  addComment,
  addOpportunity,
  citeInsights,
  addStage,
  addMapPersona,
  addStep,
  addVote,
  deleteCards,
  deleteComment,
  linkDetail,
  removeOpportunity,
  removeVote,
  renameStage,
  setRealises,
  setCardPersonas,
  setPersonaEmotion,
  setScenario,
  updateCard,
  voteTally,
} from '../../../shared/model/operations';
import { opportunityDots } from '../../../shared/model/backlog';
import { dotsByCard } from '../../../shared/model/ops/feedback';
import { validateDocument } from '../../../shared/schema/validate';
import type { JourneyMap } from '../../../shared/model/types';
import { ROOM_LIMITS } from '../../../shared/model/limits';
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

  it('refuses a participant’s card longer than the phone page allows, and says the limit', () => {
    const long = 'ạ'.repeat(ROOM_LIMITS.participantCardChars + 1);
    const refusal = checkChange(withLans, updateCard(withLans, 'lan-1', { text: long }), lan, authors);
    expect(refusal).toEqual({ key: 'room.refused.tooLong', params: { max: ROOM_LIMITS.participantCardChars } });
    const justFits = 'ạ'.repeat(ROOM_LIMITS.participantCardChars);
    expect(checkChange(withLans, updateCard(withLans, 'lan-1', { text: justFits }), lan, authors)).toBeNull();
    // The facilitator's own cards keep the map's larger limit.
    expect(
      checkChange(
        before,
        addCard(before, { ...cell(before), id: 'h', text: long }),
        { id: 'h', role: 'host' },
        authors,
      ),
    ).toBeNull();
  });

  it('lets a participant add below cards whose order has gaps without touching them', () => {
    const c = cell(before);
    const gappy = {
      ...before,
      cards: before.cards.map((card, i) =>
        card.laneId === c.laneId && card.stageId === c.stageId ? { ...card, order: i * 5 + 3 } : card,
      ),
    };
    const added = addCard(gappy, { ...c, id: 'lan-1', text: 'Ở cuối ô' });
    expect(added.cards.filter((x) => x.id !== 'lan-1')).toEqual(gappy.cards);
    expect(checkChange(gappy, added, lan, authors)).toBeNull();
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

  it('leaves which map a card opens into to the host: a participant cannot link even their own card', () => {
    const linked = linkDetail(withLans, { card: 'lan-1' }, 'detail-map');
    expect(checkChange(withLans, linked, lan, authors)).toEqual({ key: 'room.refused.detailLink', params: {} });
    const born = addCard(before, { ...cell(before), id: 'lan-2', text: 'Thẻ mới' });
    const bornLinked = { ...born, cards: born.cards.map((c) => (c.id === 'lan-2' ? { ...c, detail: 'x' } : c)) };
    expect(checkChange(before, bornLinked, lan, new Map([['lan-2', 'lan']]))).toEqual({
      key: 'room.refused.detailLink',
      params: {},
    });
    expect(checkChange(withLans, linked, { id: 'host', role: 'host' }, authors)).toBeNull();
    expect(checkChange(withLans, linked, minh, authors)).toBeNull();
  });

  it('lets a participant add a card to a step of a stage, but not add, rename or delete a step', () => {
    const stepped = addStep(before, before.stages[0]!.id, { name: 'Tìm', id: 'find' });
    const added = addCard(stepped, { ...cell(stepped), stepId: 'find', id: 'lan-9', text: 'Gõ Google' });
    expect(added.cards.find((c) => c.id === 'lan-9')!.stepId).toBe('find');
    expect(checkChange(stepped, added, lan, new Map([['lan-9', 'lan']]))).toBeNull();
    expect(checkChange(before, stepped, lan, authors)?.key).toBe('room.refused.structure');
  });

  it('leaves the personas to the host: a participant adds none and says of no card which it concerns', () => {
    const twoPersonas = addMapPersona(withLans, { personaId: null, name: 'Khách quay lại', id: 'back' });
    expect(checkChange(withLans, twoPersonas, lan, authors)?.key).toBe('room.refused.structure');
    expect(
      checkChange(withLans, setPersonaEmotion(twoPersonas, 'back', twoPersonas.stages[0]!.id, 2), lan, authors)?.key,
    ).toBe('room.refused.structure');
    const tagged = setCardPersonas(twoPersonas, ['lan-1'], ['back']);
    expect(checkChange(twoPersonas, tagged, lan, authors)).toEqual({ key: 'room.refused.cardPersonas', params: {} });
    expect(checkChange(twoPersonas, tagged, { id: 'host', role: 'host' }, authors)).toBeNull();
  });

  it('lets a co-facilitator change anything valid, and refuses an invalid map from anyone', () => {
    expect(checkChange(withLans, renameStage(withLans, withLans.stages[0]!.id, 'Khám phá'), minh, authors)).toBeNull();
    expect(checkChange(withLans, updateCard(withLans, 'lan-1', { text: 'sửa' }), minh, authors)).toBeNull();
    const broken = { ...before, cards: [...before.cards, { ...before.cards[0]!, id: 'orphan', stageId: 'nowhere' }] };
    expect(checkChange(before, broken, minh, authors)?.key).toBe('room.refused.invalid');
    expect(checkChange(before, broken, { id: 'host', role: 'host' }, authors)?.key).toBe('room.refused.invalid');
  });

  describe('dots and comments', () => {
    const pain = addCard(before, { ...cell(before), id: 'pain', text: 'Chờ lâu' });
    const painMap = {
      ...pain,
      cards: pain.cards.map((c) => (c.id === 'pain' ? { ...c, type: 'pain-point' as const } : c)),
    };
    const vote = (id: string, cardId = 'pain', voter = 'lan') => ({ id, cardId, voter });
    const open = { ...NO_SESSION, vote: { dots: 2, types: ['pain-point' as const], opportunities: false } };
    const own = new Map([
      ['v1', 'lan'],
      ['v2', 'lan'],
      ['v3', 'lan'],
      ['k1', 'lan'],
    ]);

    it('lets a participant place their dots on the vote’s card types while it is open, up to their number', () => {
      expect(checkChange(painMap, addVote(painMap, vote('v1')), lan, own, open)).toBeNull();
      const two = addVote(addVote(painMap, vote('v1')), vote('v2'));
      expect(checkChange(painMap, two, lan, own, open)).toBeNull();
      expect(checkChange(two, addVote(two, vote('v3')), lan, own, open)?.key).toBe('room.refused.noDotsLeft');
      expect(checkChange(painMap, addVote(painMap, vote('v1')), lan, own, NO_SESSION)?.key).toBe(
        'room.refused.voteClosed',
      );
      expect(checkChange(painMap, addVote(painMap, vote('v1', 'c1')), lan, own, open)?.key).toBe(
        'room.refused.voteType',
      );
      // A dot placed in someone else's name, or someone else's dot taken off, is refused.
      expect(checkChange(painMap, addVote(painMap, vote('v1', 'pain', 'minh')), lan, own, open)?.key).toBe(
        'room.refused.notYours',
      );
      const minhs = addVote(painMap, vote('m1', 'pain', 'minh'));
      expect(checkChange(minhs, removeVote(minhs, 'm1'), lan, own, open)?.key).toBe('room.refused.notYours');
    });

    it('in a vote on the backlog, lets a participant dot its opportunities and nothing else; deleting one takes its dots', () => {
      const backlog = addOpportunity(painMap, {
        id: 'opp',
        title: 'Nhanh hơn',
        cardIds: ['pain'],
        createdAt: before.updatedAt,
      });
      const onBacklog = { ...NO_SESSION, vote: { dots: 2, types: [], opportunities: true } };
      const dotted = addVote(backlog, vote('v1', 'opp'));
      expect(checkChange(backlog, dotted, lan, own, onBacklog)).toBeNull();
      expect(checkChange(backlog, addVote(backlog, vote('v1', 'pain')), lan, own, onBacklog)?.key).toBe(
        'room.refused.voteType',
      );
      // A vote on cards refuses a dot on an opportunity.
      expect(checkChange(backlog, dotted, lan, own, open)?.key).toBe('room.refused.voteType');
      // The opportunity's dots count in the backlog with those on the cards it addresses.
      const both = addVote(dotted, vote('v2', 'pain'));
      expect(opportunityDots(both.opportunities[0]!, dotsByCard(both.votes))).toBe(2);
      expect(
        voteTally(both)
          .map((x) => x.text)
          .sort(),
      ).toEqual(['Chờ lâu', 'Nhanh hơn']);
      const removed = removeOpportunity(both, 'opp');
      expect(removed.votes.map((v) => v.cardId)).toEqual(['pain']);
      expect(validateDocument(removed).ok).toBe(true);
      expect(() => addVote(backlog, vote('v9', 'ghost'))).toThrow();
      // Research behind a card, and the opportunity it realises, are the facilitator's to link,
      // on the participant's own card too.
      const hers = new Map([...own, ['pain', 'lan']]);
      expect(checkChange(backlog, citeInsights(backlog, ['pain'], ['i1']), lan, hers, onBacklog)?.key).toBe(
        'room.refused.cardResearch',
      );
      expect(checkChange(backlog, setRealises(backlog, ['pain'], 'opp'), lan, hers, onBacklog)?.key).toBe(
        'room.refused.cardResearch',
      );
    });

    it('lets anyone comment and remove only their own comments; a deleted card takes its dots and comments with it', () => {
      const note = { id: 'k1', cardId: 'pain', author: 'Lan', text: 'Đúng vậy', createdAt: '2026-11-30T10:00:00.000Z' };
      const commented = addComment(painMap, note);
      expect(checkChange(painMap, commented, lan, own)).toBeNull();
      const minhsNote = addComment(painMap, { ...note, id: 'k2' });
      expect(checkChange(minhsNote, deleteComment(minhsNote, 'k2'), lan, own)?.key).toBe('room.refused.notYours');
      const mine = new Map([...own, ['pain', 'lan']]);
      const busy = addVote(addComment(painMap, { ...note, id: 'k2' }), vote('m1', 'pain', 'minh'));
      const gone = deleteCards(busy, ['pain']);
      expect(gone.votes).toEqual([]);
      expect(gone.comments).toEqual([]);
      expect(checkChange(busy, gone, lan, mine, open)).toBeNull();
    });

    it('keeps a locked structure from co-facilitators too, but not from the host', () => {
      const locked = { ...NO_SESSION, locked: true };
      const renamed = renameStage(before, before.stages[0]!.id, 'Khám phá');
      expect(checkChange(before, renamed, minh, authors, locked)?.key).toBe('room.refused.locked');
      expect(checkChange(before, renamed, { id: 'host', role: 'host' }, authors, locked)).toBeNull();
      expect(checkChange(before, updateCard(before, 'c1', { text: 'vẫn được' }), minh, authors, locked)).toBeNull();
    });
  });
});
