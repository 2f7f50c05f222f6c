import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeText } from '../../../shared/collab/mergeText';

describe('merging two people’s edits to one card’s text', () => {
  it('keeps both edits when they touch different letters', () => {
    expect(mergeText('Giao hàng chậm', 'Giao hàng rất chậm', 'Gấp: Giao hàng chậm')).toBe('Gấp: Giao hàng rất chậm');
  });

  it('lets the host’s typing win where both changed the same letters', () => {
    expect(mergeText('Giao hàng chậm', 'Giao hàng nhanh', 'Giao hàng trễ')).toBe('Giao hàng nhanh');
  });

  it('never splits a Vietnamese letter or an emoji into halves', () => {
    const merged = mergeText('Tốt 👍', 'Tốt 👍👍', 'Rất tốt 👍');
    expect(merged).toBe('Rất tốt 👍👍');
    expect(merged.isWellFormed()).toBe(true);
  });

  it('is the other side’s text when only one side changed, for any texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (base, other) => {
        expect(mergeText(base, base, other)).toBe(other);
        expect(mergeText(base, other, base)).toBe(other);
      }),
    );
  });

  it('keeps an insertion at the start and one at the end, for any base text', () => {
    // Inserted letters come from another alphabet than the base's, so where each went is never
    // ambiguous (two insertions that could align at the same place are a real conflict).
    const letters = (chars: string, minLength = 0) => fc.string({ unit: fc.constantFrom(...chars), minLength });
    fc.assert(
      fc.property(letters('aăâđêôơư ', 1), letters('xyz·'), letters('XYZ!'), (base, head, tail) => {
        expect(mergeText(base, `${base}${tail}`, `${head}${base}`)).toBe(`${head}${base}${tail}`);
      }),
    );
  });
});
