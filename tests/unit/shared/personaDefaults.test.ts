import { describe, expect, it } from 'vitest';
import { personaInitial } from '../../../shared/model/persona';
import { deriveFutureState } from '../../../shared/templates/deriveFutureState';
import { sampleMap } from '../../helpers/sampleMap';

describe('defaults that look finished', () => {
  it('gives a persona’s avatar the first letter of the name after a Vietnamese or English honorific', () => {
    expect(personaInitial('Chị Hoa')).toBe('H');
    expect(personaInitial('Anh Tuấn')).toBe('T');
    expect(personaInitial('bà Ánh Nguyệt')).toBe('Á');
    expect(personaInitial('Dr. Maria Lopez')).toBe('M');
    expect(personaInitial('đức')).toBe('Đ');
    // A name that is only a kinship word is still someone.
    expect(personaInitial('Chị')).toBe('C');
    expect(personaInitial('  ')).toBe('');
  });

  it('marks a new future state’s cards as proposed, never observed', () => {
    const current = sampleMap();
    const marked = {
      ...current,
      cards: current.cards.map((c, i) => ({ ...c, evidence: i === 0 ? null : ('observed' as const) })),
    };
    const future = deriveFutureState(marked, new Date('2026-12-07T00:00:00Z'));
    expect(future.cards.map((c) => c.evidence)).toEqual(marked.cards.map((c) => (c.evidence ? 'proposed' : null)));
  });
});
