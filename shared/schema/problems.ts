import type { z } from 'zod';
import type { Translatable } from '../model/translatable';

// What a person is told when a file cannot be imported: the first problem, named by its place
// in the file and said in the interface language (catalogue keys `importProblem.*`), with any
// quoted value cut short and stripped of characters that cannot be shown.

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** At most `max` characters of a value, without control characters, for quoting in a message. */
export function printableExcerpt(value: string, max = 40): string {
  const clean = value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/g, '·')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

type Params = Record<string, string | number>;

/** Every problem an import can be refused with (catalogue keys `importProblem.*`). */
export const PROBLEM_KEYS = [
  'missing',
  'wrongType',
  'tooMany',
  'tooLong',
  'tooFew',
  'tooShort',
  'notOneOf',
  'unknownField',
  'duplicate',
  'unknownRef',
  'duplicateConnector',
  'rule',
  'invalid',
] as const;
export type ProblemKey = (typeof PROBLEM_KEYS)[number];

/** Custom (cross-reference) issues carry their own catalogue key in `params.key`. */
export function customIssue(path: (string | number)[], message: string, key: ProblemKey = 'rule', params: Params = {}) {
  return { code: 'custom' as const, path, message, params: { key, ...params } };
}

function problemOf(issue: z.core.$ZodIssue): { key: ProblemKey | string; params: Params } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { key: 'missing', params: {} }
        : { key: 'wrongType', params: { expected: issue.expected } };
    case 'too_big':
      return { key: issue.origin === 'array' ? 'tooMany' : 'tooLong', params: { max: Number(issue.maximum) } };
    case 'too_small':
      return { key: issue.origin === 'array' ? 'tooFew' : 'tooShort', params: { min: Number(issue.minimum) } };
    case 'invalid_value':
      return { key: 'notOneOf', params: { value: printableExcerpt(String(issue.input)) } };
    case 'unrecognized_keys':
      return { key: 'unknownField', params: { field: printableExcerpt(issue.keys.join(', ')) } };
    case 'custom': {
      const { key = 'rule', ...params } = (issue.params ?? {}) as Params;
      return { key: String(key), params: { detail: issue.message, ...params } };
    }
    default:
      return { key: 'invalid', params: {} };
  }
}

/** The first problem of a failed validation as a catalogue message. */
export function describeForUser(issues: readonly z.core.$ZodIssue[]): Translatable {
  const first = issues[0];
  if (!first) return { key: 'importProblem.invalid', params: { place: '(top level)' } };
  const { key, params } = problemOf(first);
  return { key: `importProblem.${key}`, params: { place: formatPath(first.path) || '(top level)', ...params } };
}
