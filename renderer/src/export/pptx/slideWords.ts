import type { Language } from '../../../../shared/model/constants';

/** Words on the slides, in the map's language (exports never use the interface's). */
export const SLIDE_WORDS: Readonly<
  Record<
    Language,
    { wholeMap: string; emotion: string; stage: string; persona: string; goals: string; frustrations: string }
  >
> = {
  en: {
    wholeMap: 'The whole journey',
    emotion: 'Emotion',
    stage: 'Stage {n} of {total}',
    persona: 'Persona',
    goals: 'Goals',
    frustrations: 'Frustrations',
  },
  vi: {
    wholeMap: 'Toàn bộ hành trình',
    emotion: 'Cảm xúc',
    stage: 'Giai đoạn {n}/{total}',
    persona: 'Chân dung',
    goals: 'Mục tiêu',
    frustrations: 'Điều khó chịu',
  },
};
