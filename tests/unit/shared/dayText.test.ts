import { describe, expect, it } from 'vitest';
import { dayText, readDay } from '../../../shared/model/dayText';

describe('days typed and shown day first', () => {
  it('shows an ISO day as 07/12/2026 and reads it back', () => {
    expect(dayText('2026-12-07')).toBe('07/12/2026');
    expect(readDay('07/12/2026')).toBe('2026-12-07');
    expect(readDay('7.12.2026')).toBe('2026-12-07');
    expect(readDay(' 2026-12-07 ')).toBe('2026-12-07');
  });

  it('refuses what is not a day: 31/02, month 13, words, the US order past the 12th', () => {
    for (const text of ['31/02/2026', '01/13/2026', 'hôm qua', '12/31/2026', '', '2026-02-30'])
      expect(readDay(text), text).toBeNull();
  });
});
