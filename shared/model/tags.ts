import { LIMITS } from './limits';

/** Tags as a card keeps them: trimmed, without a leading #, no repeats (any case), within the limits. */
export function cleanTags(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of values) {
    const tag = raw.trim().replace(/^#/, '').slice(0, LIMITS.tagChars).trim();
    if (!tag || seen.has(tag.toLocaleLowerCase())) continue;
    seen.add(tag.toLocaleLowerCase());
    tags.push(tag);
  }
  return tags.slice(0, LIMITS.cardTags);
}

/** "Mobile, Checkout , mobile" → ["Mobile", "Checkout"]. */
export const parseTags = (text: string): string[] => cleanTags(text.split(','));
