import { describe, expect, it } from 'vitest';
import {
  addConnector,
  addLane,
  addStage,
  deleteConnectors,
  deleteLane,
  deleteStage,
  moveLane,
  moveStage,
  renameLane,
  renameStage,
  resizeStage,
  setCardSpan,
  setLaneHidden,
} from '../../../shared/model/operations';
import { validateDocument } from '../../../shared/schema/validate';
import { sampleMap } from '../../helpers/sampleMap';

const valid = (doc: unknown) => expect(validateDocument(doc).ok).toBe(true);

describe('stage operations', () => {
  it('adds, renames, resizes and reorders stages', () => {
    let doc = addStage(sampleMap(), { index: 0, name: 'Trước', id: 's0' });
    expect(doc.stages[0]!.name).toBe('Trước');
    doc = renameStage(doc, 's0', '  Tiền nhận thức ');
    doc = resizeStage(doc, 's0', 50);
    expect(doc.stages[0]).toEqual({ id: 's0', name: 'Tiền nhận thức', width: 120, detail: null, steps: [] });
    doc = moveStage(doc, 's0', 5);
    expect(doc.stages.at(-1)!.id).toBe('s0');
    valid(doc);
    expect(() => renameStage(doc, 's0', ' ')).toThrow(/needs a name/);
  });

  it('cuts spans that would run off the end after a reorder', () => {
    let doc = setCardSpan(sampleMap(), 'c1', 4);
    doc = moveStage(doc, doc.stages[0]!.id, 3);
    expect(doc.cards.find((c) => c.id === 'c1')!.stageSpan).toBe(2);
    valid(doc);
  });

  it('deletes a stage with its cards, emotion point and their connectors', () => {
    const doc = sampleMap();
    const next = deleteStage(doc, doc.stages[0]!.id);
    expect(next.cards.map((c) => c.id)).toEqual(['c3']);
    expect(next.emotions).toEqual([]);
    expect(next.connectors).toEqual([]);
    valid(next);
  });

  it('shortens a card spanning across a deleted stage', () => {
    let doc = setCardSpan(sampleMap(), 'c1', 3);
    doc = deleteStage(doc, doc.stages[1]!.id);
    expect(doc.cards.find((c) => c.id === 'c1')!.stageSpan).toBe(2);
    valid(doc);
  });

  it('keeps at least one stage', () => {
    let doc = sampleMap();
    while (doc.stages.length > 1) doc = deleteStage(doc, doc.stages[0]!.id);
    expect(() => deleteStage(doc, doc.stages[0]!.id)).toThrow(/at least one stage/);
  });
});

describe('lane operations', () => {
  it('adds, renames, hides and reorders lanes', () => {
    let doc = addLane(sampleMap(), { name: 'Kênh Zalo', cardType: 'touchpoint', id: 'z' });
    expect(doc.lanes.at(-1)).toMatchObject({ id: 'z', type: 'cards', cardType: 'touchpoint', hidden: false });
    doc = renameLane(doc, 'z', 'Zalo OA');
    doc = setLaneHidden(doc, 'z', true);
    doc = moveLane(doc, 'z', 0);
    expect(doc.lanes[0]).toMatchObject({ id: 'z', name: 'Zalo OA', hidden: true });
    valid(doc);
  });

  it('refuses a second emotion lane', () => {
    expect(() => addLane(sampleMap(), { name: 'More feelings', type: 'emotion' })).toThrow(
      /already has an emotion lane/,
    );
  });

  it('deletes a lane with its cards and their connectors; the emotion lane with its points', () => {
    const doc = sampleMap();
    const next = deleteLane(doc, doc.lanes[0]!.id);
    expect(next.cards.map((c) => c.id)).toEqual(['c3']);
    expect(next.connectors).toEqual([]);
    const noEmotion = deleteLane(doc, doc.lanes.find((l) => l.type === 'emotion')!.id);
    expect(noEmotion.emotions).toEqual([]);
    valid(next);
    valid(noEmotion);
  });
});

describe('connector operations', () => {
  it('links two cards once, and unlinks', () => {
    const doc = sampleMap();
    const linked = addConnector(doc, 'c2', 'c3', 'k2');
    expect(linked.connectors).toHaveLength(2);
    expect(addConnector(linked, 'c2', 'c3')).toBe(linked);
    expect(() => addConnector(doc, 'c1', 'c1')).toThrow(/two different cards/);
    expect(() => addConnector(doc, 'c1', 'ghost')).toThrow(/No card "ghost"/);
    expect(deleteConnectors(linked, ['k1', 'k2']).connectors).toEqual([]);
    valid(linked);
  });
});
