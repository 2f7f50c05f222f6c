import { AppError, ERROR_CODES, type ErrorCode, type Translatable } from '../../../../shared/ipc/errors';
import { LibraryError } from '../errors';
import type { LibraryArea, LibraryFacts } from './libraryAccess';

/** A call the main thread asks of the library thread: a repository's method (or the library's own). */
export interface LibraryCall {
  id: number;
  area: LibraryArea | null;
  method: string;
  args: unknown[];
}

/** An error as it crosses the thread: enough to rebuild the refusal or the storage failure. */
export interface SentError {
  /** An AppError's code, kept with its catalogue key; or null for any other failure. */
  appCode: ErrorCode | null;
  /** A system or SQLite code (`SQLITE_FULL`, `ENOSPC`…), read by explainStorageError. */
  code: string | null;
  name: string;
  message: string;
  i18n: Translatable | null;
}

export type FromLibrary =
  | { type: 'ready'; facts: LibraryFacts }
  | { type: 'failed'; error: SentError }
  | { type: 'answer'; id: number; ok: true; value: unknown }
  | { type: 'answer'; id: number; ok: false; error: SentError };

export type ToLibrary = ({ type: 'call' } & LibraryCall) | { type: 'close' };

export function sendError(err: unknown): SentError {
  const e = err as { code?: unknown; name?: unknown; message?: unknown } | null;
  const app = err instanceof AppError;
  return {
    appCode: app ? err.code : null,
    code: !app && typeof e?.code === 'string' ? e.code : null,
    name: typeof e?.name === 'string' ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(err),
    i18n: app ? (err.i18n ?? null) : null,
  };
}

/** The same kind of error on this side: a LibraryError keeps code and key; others keep their code. */
export function receiveError(sent: SentError): Error {
  if (sent.appCode && (ERROR_CODES as readonly string[]).includes(sent.appCode))
    return new LibraryError(sent.appCode, sent.message, sent.i18n ?? undefined);
  const err = new Error(sent.message) as Error & { code?: string };
  err.name = sent.name;
  if (sent.code) err.code = sent.code;
  return err;
}
