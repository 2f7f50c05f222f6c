import { extname, isAbsolute, resolve } from 'node:path';
import { AppError, type IpcError } from '../../shared/ipc/errors';
import type { MapSummary } from '../../shared/model/types';
import { readWaymarkFile } from './files/importMap';
import type { LibraryServices } from './library/services';

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

/** What the renderer is told after a file was opened from outside the app. */
export type OpenedFile = { path: string; ok: true; map: MapSummary } | { path: string; ok: false; error: IpcError };

/**
 * Imports a map file as a new map. A missing, unreadable, huge or malformed file is reported
 * with the import's own message and changes nothing in the library.
 */
export function openMapFile(library: LibraryServices, path: string): OpenedFile {
  try {
    return { path, ok: true, map: library.maps.importDocument(readWaymarkFile(path)) };
  } catch (err) {
    if (err instanceof AppError)
      return {
        path,
        ok: false,
        error: { code: err.code, message: err.message, ...(err.i18n ? { i18n: err.i18n } : {}) },
      };
    return { path, ok: false, error: { code: 'INTERNAL', message: (err as Error).message } };
  }
}
