import { AppError } from '../../../shared/ipc/errors';
import { writeFileAtomic } from '../files/atomicWrite';
import { EXPORT_FORMATS } from '../../../shared/exchange/exportFormats';
import { readExportFonts, safeFileName } from '../files/fileServices';
import { readImportHere } from '../files/importReader';
import { storeMapRead } from '../files/storeImport';
import type { JourneyMap } from '../../../shared/model/types';
import type { AppServices } from './services';
import type { HandlersOf } from './types';

export function filesHandlers({ files, showInFolder, openPath }: AppServices): HandlersOf<'files'> {
  // Only files this session wrote may be opened or shown: a path from the page is never trusted.
  const exported = new Set<string>();
  return {
    'files:save': async ({ suggestedName, format, data, encoding }) => {
      const path = await files.chooseSavePath(safeFileName(suggestedName, EXPORT_FORMATS[format].extension), format);
      if (!path) return { saved: false };
      writeFileAtomic(path, encoding === 'base64' ? Buffer.from(data, 'base64') : data);
      exported.add(path);
      return { saved: true, path };
    },
    'files:reveal': ({ path, open }) => {
      if (!exported.has(path))
        throw new AppError(
          'INVALID_REQUEST',
          `Waymark only opens files it exported in this session; "${path}" is not one.`,
          {
            key: 'errors.notExported',
          },
        );
      if (open) openPath?.(path);
      else showInFolder?.(path);
      return null;
    },
  };
}

export function assetsHandlers({ files }: AppServices): HandlersOf<'assets'> {
  return {
    'assets:fonts': () => readExportFonts(files.resourcesDir),
  };
}

/**
 * Import lives with the maps but needs a dialog, so it is built here beside the file handlers.
 * A workbook is previewed first: what it would create is held here until the person confirms
 * (or discards it); nothing is written before.
 */
export function importHandlers({ files, library, readImport = readImportHere }: AppServices) {
  let pending: JourneyMap | null = null;
  return {
    'maps:import': async () => {
      pending = null;
      const path = await files.chooseImportPath();
      if (!path) return { cancelled: true as const };
      const read = await readImport(path);
      if (read.kind === 'notes') throw new Error('a map file was read as notes');
      if (read.kind === 'workbook') {
        pending = read.doc;
        return { preview: read.preview };
      }
      return { imported: await storeMapRead(library, read) };
    },
    'maps:importConfirm': async () => {
      if (!pending)
        throw new AppError('NOT_FOUND', 'There is no workbook waiting to be imported.', {
          key: 'errors.nothingPending',
        });
      const doc = pending;
      pending = null;
      return { imported: await library.maps.importDocument(doc) };
    },
    'maps:importDiscard': () => {
      pending = null;
      return null;
    },
  };
}

/** Research notes from a file (CSV or a workbook's first sheet), read on the import thread and shown before anything is added. */
export function notesHandlers({ files, readImport = readImportHere }: AppServices): HandlersOf<'notes'> {
  return {
    'notes:read': async () => {
      const path = await files.chooseImportPath('notes');
      if (!path) return { cancelled: true as const };
      const read = await readImport(path, 'notes');
      if (read.kind !== 'notes') throw new Error('a notes file was read as a map');
      return { table: read.table };
    },
  };
}
