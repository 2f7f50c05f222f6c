import { LibraryError } from '../library/errors';

/**
 * Failures of the disk or of the library file, said in words with what to do, instead of
 * reaching the person as an internal error. Anything else is left for the invoker to report.
 */
export function explainStorageError(err: unknown, libraryFile: string): LibraryError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return new LibraryError(
      'STORAGE_ERROR',
      `The disk is full, so this change was not saved. Free some space on the disk that holds "${libraryFile}" and Waymark will save it on the next try; what was saved before is safe.`,
      { key: 'errors.diskFull', params: { file: libraryFile } },
    );
  if (code === 'SQLITE_READONLY' || code === 'EROFS')
    return new LibraryError(
      'STORAGE_ERROR',
      `The library "${libraryFile}" is read-only: maps can be viewed and exported, not changed. Nothing was changed.`,
      { key: 'errors.readOnlyLibrary', params: { file: libraryFile } },
    );
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new LibraryError(
      'STORAGE_ERROR',
      `Another program kept the library "${libraryFile}" busy for too long, so this change was not saved. Waymark will try again; close other programs using the file if this goes on.`,
      { key: 'errors.libraryBusy', params: { file: libraryFile } },
    );
  return null;
}
