import { describe, expect, it } from 'vitest';
import { addOpportunity, citeInsights } from '../../../shared/model/operations';
import { validateDocument } from '../../../shared/schema/validate';
import { deriveFutureState } from '../../../shared/templates/deriveFutureState';
import { sampleMap } from '../../helpers/sampleMap';

describe('a future state derived from a map with research, a backlog, dots and comments', () => {
  it('is a valid map: the backlog and the research follow the copied cards; dots and comments stay behind', () => {
    let doc = sampleMap();
    doc = citeInsights(doc, ['c1'], ['i1']);
    doc = addOpportunity(doc, { id: 'o1', title: 'Faster', cardIds: ['c1', 'c3'], createdAt: doc.updatedAt });
    doc = {
      ...doc,
      votes: [{ id: 'v1', cardId: 'c1', voter: 'p1' }],
      comments: [{ id: 'k1', cardId: 'c1', author: 'An', text: 'Đúng', createdAt: doc.updatedAt }],
    };
    const future = deriveFutureState(doc, new Date('2026-12-08T10:00:00Z'));
    const checked = validateDocument(future);
    expect(checked.ok, checked.ok ? '' : checked.message).toBe(true);
    const copy = (id: string) => future.cards.find((c) => c.sourceCardId === id)!.id;
    expect(future.opportunities).toEqual([expect.objectContaining({ id: 'o1', cardIds: [copy('c1'), copy('c3')] })]);
    expect(future.cards.find((c) => c.sourceCardId === 'c1')!.insights).toEqual(['i1']);
    expect(future.votes).toEqual([]);
    expect(future.comments).toEqual([]);
  });
});
