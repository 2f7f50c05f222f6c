import type { LibraryAccess } from '../library/remote/libraryAccess';
import type { HandlersOf } from './types';

export function libraryHandlers(lib: LibraryAccess, showInFolder?: (path: string) => void): HandlersOf<'library'> {
  return {
    'library:info': () => ({
      file: lib.file,
      schemaVersion: lib.schemaVersion,
      movedAside: lib.movedAside,
      readOnly: lib.readOnly,
      walLost: lib.walLost,
    }),
    'library:showInFolder': () => {
      showInFolder?.(lib.file);
      return null;
    },
  };
}
