import type { Language } from './constants';

/** The marks a language writes numbers with: 1,500.5 in English, 1.500,5 in Vietnamese. */
const MARKS: Record<Language, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  vi: { group: '.', decimal: ',' },
};

const escape = (c: string) => `\\${c}`;

/**
 * Reads a number as a person of the interface language types it: grouping marks (in threes),
 * that language's decimal mark, spaces as grouping. A lone other mark that cannot be grouping
 * ("12,5" in English, "1.5" in Vietnamese) is taken as a decimal point, as people type it.
 * Returns null for anything else, so "1,50,0" is refused rather than guessed.
 */
export function parseLocalNumber(raw: string, language: Language): number | null {
  const { group, decimal } = MARKS[language];
  const text = raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^[−–]/, '-');
  if (text === '') return null;
  const grouped = new RegExp(`^-?\\d{1,3}(${escape(group)}\\d{3})+(${escape(decimal)}\\d+)?$`);
  const plain = new RegExp(`^-?\\d+(${escape(decimal)}\\d+)?$`);
  const otherDecimal = new RegExp(`^-?\\d+${escape(group)}\\d+$`);
  let normal: string | null = null;
  if (grouped.test(text)) normal = text.split(group).join('').replace(decimal, '.');
  else if (plain.test(text)) normal = text.replace(decimal, '.');
  else if (otherDecimal.test(text)) normal = text.replace(group, '.');
  return normal === null ? null : Number(normal);
}
