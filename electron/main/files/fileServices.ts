import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFormatId } from '../../../shared/exchange/exportFormats';
import { EXPORT_FACE_FILES, type ExportFace } from '../../../shared/render/typeface';
import type { ImportPurpose } from './importReader';

/**
 * What the file handlers need from the desktop: dialogs and the app's own resources. Electron
 * provides native dialogs; the e2e harness provides stubs. Paths only ever come from here,
 * never from the renderer.
 */
export interface FileServices {
  chooseSavePath: (suggestedName: string, format: ExportFormatId) => Promise<string | null>;
  /** The open dialog: for a map to import, or (`notes`) a file of research notes. */
  chooseImportPath: (purpose?: ImportPurpose) => Promise<string | null>;
  resourcesDir: string;
}

/** The faces exports embed (shared/render/typeface.ts), base64, read from the app's own files. */
export function readExportFonts(resourcesDir: string): Record<ExportFace, string> {
  const read = (face: ExportFace) =>
    readFileSync(join(resourcesDir, 'fonts', EXPORT_FACE_FILES[face])).toString('base64');
  return { regular: read('regular'), bold: read('bold'), symbols: read('symbols') };
}

/** A file name from a map title: no path separators or characters Windows forbids. */
export function safeFileName(title: string, ext: string): string {
  const base = title
    .normalize('NFC')
    // Control characters are never valid in file names on any desktop.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'map'}.${ext}`;
}
