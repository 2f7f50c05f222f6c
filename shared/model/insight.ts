import { z } from 'zod';
import { cleanString, cleanText, looksEmpty, visibleTitle } from './cleanText';
import { INSIGHT_KINDS, INSIGHT_SOURCES, TITLE_MAX } from './constants';
import { LIMITS } from './limits';

/**
 * A link an insight points at. Only web addresses: a `javascript:` or `file:` link from an
 * imported notes file must never be something a click runs or opens.
 */
const link = z
  .string()
  .overwrite(cleanText)
  .trim()
  .max(2000)
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/iu.test(v), { message: 'A link starts with http:// or https://.' });

const tag = cleanString(LIMITS.tagChars).trim().min(1);

/** The editable fields of an insight in the library. */
export const insightFieldsSchema = z.strictObject({
  text: visibleTitle(LIMITS.insightChars, 'An insight needs words.'),
  kind: z.enum(INSIGHT_KINDS),
  source: z.enum(INSIGHT_SOURCES),
  /** Who said it or whom it is about: a participant ("P7") or a segment; '' when not said. */
  who: cleanString(TITLE_MAX).trim(),
  /** When it was heard or measured; '' when not known. */
  date: z.union([z.iso.date(), z.literal('')]),
  link,
  tags: z.array(tag).max(LIMITS.insightTags),
});
export type InsightFields = z.infer<typeof insightFieldsSchema>;

/** An insight as the library lists it. */
export interface LibraryInsight extends InsightFields {
  id: string;
  /** Cards (on maps not in the trash) that cite it. */
  cardCount: number;
  createdAt: string;
  updatedAt: string;
}

/** An insight as a .waymark file carries it beside the maps whose cards cite it (by this id). */
export const carriedInsightSchema = insightFieldsSchema.extend({ id: z.string().min(1).max(100) });
export type CarriedInsight = z.infer<typeof carriedInsightSchema>;

/** The fields of a new insight typed with only its words: a quote from an interview, undated. */
export const blankInsight = (text: string): InsightFields => ({
  text,
  kind: 'quote',
  source: 'interview',
  who: '',
  date: '',
  link: '',
  tags: [],
});

/**
 * What makes two insights the same one (the library keeps one of them): the same words, kind,
 * source, person and date. Importing a file twice, or a map that carries insights the library
 * already has, then adds nothing.
 */
export function insightIdentity(f: InsightFields): string {
  const words = cleanText(f.text).trim().replace(/\s+/gu, ' ');
  return [f.kind, f.source, f.who.trim(), f.date, words].join('\n');
}

/** One insight per pasted line that has something visible; the line numbers are kept for messages. */
export function pastedInsightLines(text: string): { line: number; text: string }[] {
  return cleanText(text)
    .split(/\r\n|\r|\n/u)
    .map((t, i) => ({ line: i + 1, text: t.trim().replace(/^[-•*]\s+/u, '') }))
    .filter((l) => !looksEmpty(l.text));
}
