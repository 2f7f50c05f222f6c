import type { z } from 'zod';
import type { JourneyMap } from '../model/types';
import { journeyMapSchema } from './document';
import { describeForUser, formatPath } from './problems';
import type { Translatable } from '../model/translatable';

export type Validation = { ok: true; doc: JourneyMap } | { ok: false; message: string; problem: Translatable };

/** One readable sentence naming the first few problems, for error dialogs and logs. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 3): string {
  const parts = issues.slice(0, max).map((i) => (i.path.length ? `${formatPath(i.path)}: ${i.message}` : i.message));
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return parts.join('; ') + more;
}

export function validateDocument(raw: unknown): Validation {
  const parsed = journeyMapSchema.safeParse(raw);
  if (parsed.success) return { ok: true, doc: parsed.data };
  return {
    ok: false,
    message: `Invalid map document: ${describeIssues(parsed.error.issues)}`,
    problem: describeForUser(parsed.error.issues),
  };
}
