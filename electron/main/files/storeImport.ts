import { AppError } from '../../../shared/ipc/errors';
import type { MapSummary } from '../../../shared/model/types';
import type { LibraryAccess } from '../library/remote/libraryAccess';
import type { ImportRead } from './importReader';

/**
 * The pictures a .waymark file carries, each checked like a picked one and against the hash
 * that names it, all before any is stored: one bad picture refuses the import and stores none.
 */
async function storePictures(library: LibraryAccess, pictures: ReadonlyMap<string, string>): Promise<void> {
  for (const [hash, data] of pictures)
    if ((await library.pictures.inspect(data)).ref.hash !== hash)
      throw new AppError(
        'INVALID_DOCUMENT',
        'A picture in the file is not the one its name says. Nothing was imported.',
        {
          key: 'errors.pictureMismatch',
        },
      );
  for (const data of pictures.values()) await library.pictures.put(data);
}

/**
 * A map file read for import, into the library: its pictures, then the map with the detail maps
 * and the insights it carries (one transaction). Whether the import came from the Import button or a file opened
 * from outside, the same things are stored.
 */
export async function storeMapRead(
  library: LibraryAccess,
  read: Extract<ImportRead, { kind: 'map' }>,
): Promise<MapSummary> {
  await storePictures(library, new Map(read.pictures));
  return library.importMap(read.doc, read.details, read.insights);
}
