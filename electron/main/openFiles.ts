import { extname, isAbsolute, resolve } from 'node:path';
import type { OpenMapMessage } from '../../shared/ipc/channels';
import { AppError } from '../../shared/ipc/errors';
import { readImportHere, type ImportReader } from './files/importReader';
import type { LibraryAccess } from './library/remote/libraryAccess';
import { storeMapRead } from './files/storeImport';

const MAP_EXTENSIONS = new Set(['.waymark', '.ojf']);

/**
 * Map files named on a command line (a double-clicked file, or `waymark plan.waymark`). Flags
 * and the executable's own path are skipped; relative paths are taken from the launch folder.
 */
export function mapFilesInArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && MAP_EXTENSIONS.has(extname(a).toLowerCase()))
    .map((a) => (isAbsolute(a) ? a : resolve(cwd, a)));
}

/**
 * Imports a map file as a new map and says what the window should be told: the new map, or
 * why the file could not be opened (a missing, unreadable, huge or malformed file changes
 * nothing in the library).
 */
export async function openMapFile(
  library: LibraryAccess,
  path: string,
  readFile: ImportReader = readImportHere,
): Promise<OpenMapMessage> {
  try {
    const read = await readFile(path);
    // Only map files are opened from outside (MAP_EXTENSIONS); a workbook asks first, in the window.
    if (read.kind !== 'map')
      throw new AppError('INVALID_REQUEST', `"${path}" is not a map file.`, {
        key: 'errors.importType',
        params: { path },
      });
    const map = await storeMapRead(library, read);
    return { ok: true, id: map.id, title: map.title, path };
  } catch (err) {
    if (!(err instanceof AppError)) return { ok: false, path, message: (err as Error).message };
    return { ok: false, path, message: err.message, ...(err.i18n ? { i18n: err.i18n } : {}) };
  }
}
