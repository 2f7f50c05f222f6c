import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWaymarkStore } from '../../../renderer/src/store/createWaymarkStore';
import {
  addCard,
  addConnector,
  addLane,
  addStage,
  deleteCards,
  deleteLane,
  deleteStage,
  duplicateCards,
  moveCards,
  moveLane,
  moveStage,
  setCardSpan,
  setEmotion,
  updateCards,
} from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { validateDocument } from '../../../shared/schema/validate';
import { sampleMap } from '../../helpers/sampleMap';

type Op = (doc: JourneyMap, pick: (n: number) => number) => JourneyMap;

const cardLanes = (d: JourneyMap) => d.lanes.filter((l) => l.type === 'cards');
const anyCard = (d: JourneyMap, pick: (n: number) => number) => d.cards[pick(d.cards.length)]?.id;

/** Every kind of document edit the editor makes, choosing its targets from the random stream. */
const OPS: Record<string, Op> = {
  addCard: (d, p) =>
    addCard(d, {
      laneId: cardLanes(d)[p(cardLanes(d).length)]!.id,
      stageId: d.stages[p(d.stages.length)]!.id,
      text: 'x',
    }),
  editCard: (d, p) =>
    d.cards.length ? updateCards(d, [anyCard(d, p)!], { text: `t${p(100)}`, evidence: 'observed' }) : d,
  moveCard: (d, p) =>
    d.cards.length
      ? moveCards(
          d,
          [anyCard(d, p)!],
          { laneId: cardLanes(d)[p(cardLanes(d).length)]!.id, stageId: d.stages[p(d.stages.length)]!.id },
          p(4),
        )
      : d,
  deleteCard: (d, p) => (d.cards.length ? deleteCards(d, [anyCard(d, p)!]) : d),
  duplicate: (d, p) => (d.cards.length ? duplicateCards(d, [anyCard(d, p)!]).doc : d),
  span: (d, p) => (d.cards.length ? setCardSpan(d, anyCard(d, p)!, 1 + p(4)) : d),
  addStage: (d, p) => addStage(d, { name: 'S', index: p(d.stages.length + 1) }),
  moveStage: (d, p) => moveStage(d, d.stages[p(d.stages.length)]!.id, p(d.stages.length)),
  deleteStage: (d, p) => (d.stages.length > 1 ? deleteStage(d, d.stages[p(d.stages.length)]!.id) : d),
  addLane: (d, p) => addLane(d, { name: 'L', index: p(d.lanes.length + 1) }),
  moveLane: (d, p) => moveLane(d, d.lanes[p(d.lanes.length)]!.id, p(d.lanes.length)),
  deleteLane: (d, p) => (cardLanes(d).length > 1 ? deleteLane(d, cardLanes(d)[p(cardLanes(d).length)]!.id) : d),
  emotion: (d, p) => setEmotion(d, d.stages[p(d.stages.length)]!.id, p(7) - 3, 'e'),
  connect: (d, p) => {
    if (d.cards.length < 2) return d;
    const a = anyCard(d, p)!;
    const b = anyCard(d, p)!;
    return a === b ? d : addConnector(d, a, b);
  },
};

describe('undo history (property)', () => {
  it('keeps every document valid, undoes back to the start and redoes to the end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(OPS)), fc.array(fc.nat(), { minLength: 6, maxLength: 6 })), {
          minLength: 1,
          maxLength: 25,
        }),
        (script) => {
          const store = createWaymarkStore();
          const start = sampleMap();
          store.getState().openMap({ document: start, revision: 1 });
          const seen: JourneyMap[] = [start];
          for (const [name, randoms] of script) {
            let i = 0;
            const pick = (n: number) => (n <= 0 ? 0 : randoms[i++ % randoms.length]! % n);
            store.getState().change((d) => OPS[name]!(d, pick));
            const doc = store.getState().doc!;
            const check = validateDocument(doc);
            if (!check.ok) throw new Error(`${name} made an invalid map: ${check.message}`);
            if (doc !== seen[seen.length - 1]) seen.push(doc);
          }
          const end = store.getState().doc;
          const history = store.history.getState();
          expect(history.undoSteps).toHaveLength(seen.length - 1);
          for (let k = seen.length - 2; k >= 0; k--) {
            store.history.getState().undo();
            // Undo goes through the Yjs document: the same map, rebuilt with unchanged parts shared.
            expect(store.getState().doc).toEqual(seen[k]);
          }
          while (store.history.getState().redoSteps.length) store.history.getState().redo();
          expect(store.getState().doc).toEqual(end);
        },
      ),
      { numRuns: 150 },
    );
  });
});
