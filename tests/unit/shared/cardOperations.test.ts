import { describe, expect, it } from 'vitest';
import {
  addCard,
  cardsInCell,
  duplicateCards,
  moveCards,
  setCardSpan,
  updateCard,
  updateCards,
} from '../../../shared/model/operations';
import { copyCards, parseClipboard, pasteCards } from '../../../shared/exchange/clipboard';
import { validateDocument } from '../../../shared/schema/validate';
import { sampleMap } from '../../helpers/sampleMap';

const texts = (doc: ReturnType<typeof sampleMap>, lane: string, stage: string) =>
  cardsInCell(doc, lane, stage).map((c) => c.text);

describe('card operations', () => {
  it('inserts a card at a position in its cell and renumbers the cell', () => {
    const doc = sampleMap();
    const lane = doc.lanes[0]!.id;
    const stage = doc.stages[0]!.id;
    const next = addCard(doc, { laneId: lane, stageId: stage, text: 'giữa', index: 1, type: 'note' });
    expect(texts(next, lane, stage)).toEqual(['Thấy quảng cáo trên TikTok', 'giữa', 'Hỏi bạn bè']);
    expect(cardsInCell(next, lane, stage).map((c) => c.order)).toEqual([0, 1, 2]);
    expect(cardsInCell(next, lane, stage)[1]!.type).toBe('note');
  });

  it('moves a card to another cell at a position', () => {
    const doc = sampleMap();
    const [lane0, lane1] = [doc.lanes[0]!.id, doc.lanes[1]!.id];
    const next = moveCards(doc, ['c2'], { laneId: lane1, stageId: doc.stages[1]!.id }, 0);
    expect(texts(next, lane1, doc.stages[1]!.id)).toEqual(['Hỏi bạn bè', 'Đọc đánh giá trên Shopee']);
    expect(texts(next, lane0, doc.stages[0]!.id)).toEqual(['Thấy quảng cáo trên TikTok']);
    expect(validateDocument(next).ok).toBe(true);
  });

  it('takes only the ids of a richer cell object (a layout box)', () => {
    const doc = sampleMap();
    const box = { laneId: doc.lanes[1]!.id, stageId: doc.stages[1]!.id, x: 1, y: 2, width: 3, height: 4 };
    const next = moveCards(doc, ['c1'], box, 0);
    expect(validateDocument(next).ok).toBe(true);
    expect(next.cards.find((c) => c.id === 'c1')).not.toHaveProperty('x');
  });

  it('reorders within a cell', () => {
    const doc = sampleMap();
    const cell = { laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id };
    const next = moveCards(doc, ['c2'], cell, 0);
    expect(texts(next, cell.laneId, cell.stageId)).toEqual(['Hỏi bạn bè', 'Thấy quảng cáo trên TikTok']);
  });

  it('moves several cards together, keeping their order', () => {
    const doc = sampleMap();
    const target = { laneId: doc.lanes[2]!.id, stageId: doc.stages[4]!.id };
    const next = moveCards(doc, ['c3', 'c1'], target, 0);
    expect(texts(next, target.laneId, target.stageId)).toEqual([
      'Thấy quảng cáo trên TikTok',
      'Đọc đánh giá trên Shopee',
    ]);
  });

  it('shortens a span that would run past the last stage when moved right', () => {
    let doc = setCardSpan(sampleMap(), 'c1', 3);
    expect(doc.cards.find((c) => c.id === 'c1')!.stageSpan).toBe(3);
    doc = moveCards(doc, ['c1'], { laneId: doc.lanes[0]!.id, stageId: doc.stages[4]!.id }, 0);
    expect(doc.cards.find((c) => c.id === 'c1')!.stageSpan).toBe(1);
    expect(validateDocument(doc).ok).toBe(true);
  });

  it('refuses to move cards into a lane that holds none', () => {
    const doc = sampleMap();
    const emotion = doc.lanes.find((l) => l.type === 'emotion')!.id;
    expect(() => moveCards(doc, ['c1'], { laneId: emotion, stageId: doc.stages[0]!.id }, 0)).toThrow(/holds no cards/);
  });

  it('duplicates cards right after their originals with fresh ids', () => {
    const doc = sampleMap();
    const { doc: next, ids } = duplicateCards(doc, ['c1']);
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toBe('c1');
    expect(texts(next, doc.lanes[0]!.id, doc.stages[0]!.id)).toEqual([
      'Thấy quảng cáo trên TikTok',
      'Thấy quảng cáo trên TikTok',
      'Hỏi bạn bè',
    ]);
  });

  it('drops the channel when a touchpoint becomes another type', () => {
    let doc = updateCards(sampleMap(), ['c1'], { type: 'touchpoint', channel: 'zalo-oa' });
    expect(doc.cards.find((c) => c.id === 'c1')!.channel).toBe('zalo-oa');
    doc = updateCards(doc, ['c1'], { type: 'thought' });
    expect(doc.cards.find((c) => c.id === 'c1')!.channel).toBeNull();
    expect(validateDocument(doc).ok).toBe(true);
  });
});

describe('copy and paste of cards', () => {
  it('carries every card field across (tags and moment of truth included) and keeps the group’s shape', () => {
    let doc = sampleMap();
    doc = updateCard(doc, 'c1', { tags: ['giá', 'tin cậy'], moment: true, evidence: 'observed' });
    const clip = copyCards(doc, ['c1', 'c2'])!;
    const parsed = parseClipboard(JSON.stringify(clip))!;
    const lane = doc.lanes.find((l) => l.type === 'cards')!;
    const { doc: pasted, ids } = pasteCards(doc, parsed, { laneId: lane.id, stageId: doc.stages[0]!.id });
    const copy = pasted.cards.find((c) => c.id === ids[0])!;
    const original = doc.cards.find((c) => c.id === 'c1')!;
    expect({
      ...copy,
      id: original.id,
      order: original.order,
      laneId: original.laneId,
      stageId: original.stageId,
    }).toEqual(original);
    // A clipboard from before tags existed still pastes.
    const old = { waymark: 'cards', cards: [{ ...parsed.cards[0], tags: undefined, moment: undefined }] };
    expect(parseClipboard(JSON.stringify(old))?.cards[0]).toMatchObject({ tags: [], moment: false });
  });
});
