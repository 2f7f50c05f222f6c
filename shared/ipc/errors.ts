export const ERROR_CODES = [
  'UNKNOWN_CHANNEL',
  'INVALID_PAYLOAD',
  'FORBIDDEN_SENDER',
  'INVALID_DOCUMENT',
  'NOT_FOUND',
  'IN_TRASH',
  'STALE_REVISION',
  'NEWER_FORMAT',
  'CORRUPT_DOCUMENT',
  'STORAGE_ERROR',
  'INVALID_REQUEST',
  'INVALID_IMAGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

import type { Translatable } from '../model/translatable';

export type { Translatable };

export interface IpcError {
  code: ErrorCode;
  message: string;
  i18n?: Translatable;
}

/** Only an Error's message survives Electron IPC, so handlers return results, never throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** An expected failure with a message meant for the user. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly i18n?: Translatable,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** An expected failure as it crosses to the renderer: code, message and catalogue key. */
export function toIpcError(err: AppError): IpcError {
  return err.i18n ? { code: err.code, message: err.message, i18n: err.i18n } : { code: err.code, message: err.message };
}
