import { z } from 'zod';
import { cleanString, visibleTitle } from './cleanText';
import { TITLE_MAX } from './constants';

const listText = cleanString(5000);

/** The editable fields of a library persona. */
export const personaFieldsSchema = z.strictObject({
  name: visibleTitle(TITLE_MAX, 'A persona needs a name.'),
  quote: cleanString(1000),
  goals: listText,
  needs: listText,
  frustrations: listText,
});
export type PersonaFields = z.infer<typeof personaFieldsSchema>;

/** A persona shared by maps in the library. Goals, needs and frustrations are one per line. */
export interface LibraryPersona extends PersonaFields {
  id: string;
  /** A data: URL of the stored photo, or null. */
  photo: string | null;
  /** How many maps (not in the trash) use this persona. */
  mapCount: number;
  updatedAt: string;
}

/**
 * How people are addressed before their name (Vietnamese kinship terms and English titles): a
 * persona called "Chị Hoa" is Hoa, so her avatar shows H, not C.
 */
const HONORIFICS = new Set([
  'anh',
  'chị',
  'em',
  'cô',
  'chú',
  'bác',
  'ông',
  'bà',
  'cậu',
  'dì',
  'thím',
  'mợ',
  'bạn',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
]);

/** The letter a persona's avatar shows: the first of the name after any honorific, upper-case. */
export function personaInitial(name: string): string {
  const words = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const first = words.find((w, i) => i === words.length - 1 || !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  return first ? [...first][0]!.toLocaleUpperCase('vi') : '';
}

/** Lines of a multi-line field, blank lines dropped. */
export function personaLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * A library persona as a map's own persona: what a map keeps when its shared persona is
 * deleted, and what exported files carry.
 */
export function embeddedPersona(p: PersonaFields): {
  name: string;
  description: string;
  goals: string[];
  imageRef: null;
} {
  return {
    name: p.name,
    description: p.quote.slice(0, 5000),
    goals: personaLines(p.goals)
      .slice(0, 50)
      .map((g) => g.slice(0, 1000)),
    imageRef: null,
  };
}

/**
 * Who a map is about, as every output shows it (title block of exports, the band above the
 * canvas): the library persona when the map uses one, else the map's own persona.
 */
export interface ReportPersona {
  name: string;
  quote: string;
  goals: string[];
  frustrations: string[];
  /** A data: URL (JPEG or PNG), or null. */
  photo: string | null;
}

export function reportPersona(
  own: { name: string; description: string; goals: string[] },
  library: (PersonaFields & { photo: string | null }) | null,
): ReportPersona {
  if (library)
    return {
      name: library.name,
      quote: library.quote,
      goals: personaLines(library.goals),
      frustrations: personaLines(library.frustrations),
      photo: library.photo,
    };
  return { name: own.name, quote: own.description, goals: own.goals, frustrations: [], photo: null };
}

export const isEmptyPersona = (p: ReportPersona) =>
  !p.name && !p.quote && p.goals.length === 0 && p.frustrations.length === 0 && !p.photo;
