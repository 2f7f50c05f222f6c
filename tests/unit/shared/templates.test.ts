import { describe, expect, it } from 'vitest';
import { LANGUAGES, MAP_KINDS } from '../../../shared/model/constants';
import { validateDocument } from '../../../shared/schema/validate';
import { createMapFromTemplate } from '../../../shared/templates/createMap';

describe('map templates', () => {
  for (const kind of MAP_KINDS)
    for (const language of LANGUAGES)
      it(`${kind} in ${language} is a valid, empty map`, () => {
        const doc = createMapFromTemplate({ kind, language });
        expect(validateDocument(doc).ok).toBe(true);
        expect(doc.cards).toEqual([]);
        expect(doc.lanes.every((l) => l.name.trim().length > 0)).toBe(true);
      });

  it('uses the five stages of the seed articles, in both languages', () => {
    const en = createMapFromTemplate({ kind: 'current-state', language: 'en' }).stages.map((s) => s.name);
    const vi = createMapFromTemplate({ kind: 'current-state', language: 'vi' }).stages.map((s) => s.name);
    expect(en).toEqual(['Awareness', 'Consideration', 'Decision', 'Action (Purchase)', 'Loyalty']);
    expect(vi).toEqual(['Nhận biết', 'Cân nhắc', 'Quyết định', 'Mua hàng', 'Trung thành']);
  });

  it('gives a day-in-the-life map times of day as columns', () => {
    const vi = createMapFromTemplate({ kind: 'day-in-the-life', language: 'vi' });
    expect(vi.stages.map((s) => s.name)).toEqual(['Sáng', 'Di chuyển', 'Làm việc', 'Trưa', 'Chiều', 'Tối', 'Đêm']);
  });

  it('lays out the current-state lanes of PRODUCT.md with the emotion curve fourth', () => {
    const doc = createMapFromTemplate({ kind: 'current-state', language: 'en' });
    expect(doc.lanes.map((l) => `${l.name}:${l.type}`)).toEqual([
      'Actions:cards',
      'Touchpoints & channels:cards',
      'Thoughts:cards',
      'Emotions:emotion',
      'Pain points:cards',
      'Opportunities:cards',
    ]);
  });

  it('adds Ideas / changes to a future-state map', () => {
    const doc = createMapFromTemplate({ kind: 'future-state', language: 'en' });
    expect(doc.lanes.at(-1)?.name).toBe('Ideas / changes');
  });

  it('puts the three blueprint lines between the right lanes', () => {
    const doc = createMapFromTemplate({ kind: 'service-blueprint', language: 'en' });
    const order = doc.lanes.map((l) => (l.type === 'line' ? `--${l.line}--` : l.cardType));
    expect(order).toEqual([
      'evidence',
      'action',
      '--interaction--',
      'frontstage',
      '--visibility--',
      'backstage',
      '--internal-interaction--',
      'support',
    ]);
  });

  it('makes fresh ids for every map', () => {
    const a = createMapFromTemplate({ kind: 'current-state', language: 'en' });
    const b = createMapFromTemplate({ kind: 'current-state', language: 'en' });
    expect(a.id).not.toBe(b.id);
    expect(a.stages[0]!.id).not.toBe(b.stages[0]!.id);
  });

  it('takes a trimmed title, or is untitled in its language (never the kind’s name)', () => {
    expect(createMapFromTemplate({ kind: 'service-blueprint', language: 'vi' }).title).toBe('Hành trình chưa đặt tên');
    expect(createMapFromTemplate({ kind: 'current-state', language: 'en', title: '  Tesla  ' }).title).toBe('Tesla');
  });
});
