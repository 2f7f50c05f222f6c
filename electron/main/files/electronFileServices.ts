import type { BrowserWindow, Dialog } from 'electron';
import { dirname, join } from 'node:path';
import { EXPORT_FORMATS, type ExportFormatId } from '../../../shared/exchange/exportFormats';
import type { FileServices } from './fileServices';
import { NOTES_EXTENSIONS } from './readNotes';

/** Native save and open dialogs; the last folder used is offered again. */
export function electronFileServices(
  dialog: Dialog,
  window: () => BrowserWindow | null,
  resourcesDir: string,
  startDir: string,
): FileServices {
  let lastDir = startDir;
  return {
    resourcesDir,
    chooseSavePath: async (name: string, format: ExportFormatId) => {
      const win = window();
      const options = {
        defaultPath: join(lastDir, name),
        filters: [{ name: EXPORT_FORMATS[format].fileKind.en, extensions: [EXPORT_FORMATS[format].extension] }],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      lastDir = dirname(result.filePath);
      return result.filePath;
    },
    chooseImportPath: async (purpose = 'map') => {
      const win = window();
      const options = {
        defaultPath: lastDir,
        properties: ['openFile' as const],
        filters:
          purpose === 'notes'
            ? [
                { name: 'Research notes', extensions: [...NOTES_EXTENSIONS] },
                { name: 'CSV', extensions: ['csv', 'tsv', 'txt'] },
                { name: 'Excel workbook', extensions: ['xlsx'] },
              ]
            : [
                { name: 'Journey maps', extensions: ['waymark', 'json', 'ojf', 'xlsx'] },
                { name: 'Waymark map', extensions: ['waymark', 'json'] },
                { name: 'OpenJourney Format', extensions: ['ojf'] },
                { name: 'Excel workbook', extensions: ['xlsx'] },
              ],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const path = result.canceled ? undefined : result.filePaths[0];
      if (!path) return null;
      lastDir = dirname(path);
      return path;
    },
  };
}
