import type { LibraryAccess } from '../library/remote/libraryAccess';
import type { HandlersOf } from './types';

/** Pictures on cards: stored once after the main process has checked them, read back as data URLs. */
export function picturesHandlers({ pictures }: LibraryAccess): HandlersOf<'pictures'> {
  return {
    'pictures:put': ({ data }) => pictures.put(data),
    'pictures:get': ({ hash }) => pictures.get(hash),
  };
}
