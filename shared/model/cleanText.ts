import { z } from 'zod';

// Text from anywhere (typed, pasted, imported, sent over IPC) is cleaned before it is stored:
// a lone surrogate would be written to SQLite as invalid UTF-8 that other clients cannot
// decode; NUL and other control characters break files and search; bidi embeddings and
// overrides can make a title read differently from what it is. Tabs and line breaks stay.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Characters that take no room: a title made only of these (and spaces) looks empty. */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD\u180E\u115F\u1160\u3164\uFFA0]/gu;

/** Well-formed UTF-16, NFC, without control characters other than tab and line breaks. */
export function cleanText(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC').replace(CONTROLS, '').replace(BIDI_CONTROLS, '');
}

/** True when nothing of the text would be visible. */
export function looksEmpty(value: string): boolean {
  return value.replace(INVISIBLE, '') === '';
}

/** A string field whose value is cleaned before its length is checked. */
export const cleanString = (max: number) => z.string().overwrite(cleanText).max(max);

/** A title: cleaned, trimmed, and with something visible in it. */
export const visibleTitle = (max: number, message = 'A title needs visible characters.') =>
  z
    .string()
    .overwrite(cleanText)
    .trim()
    .max(max)
    .refine((v) => !looksEmpty(v), { message });
