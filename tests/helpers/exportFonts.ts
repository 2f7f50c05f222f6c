import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFonts } from '../../renderer/src/export/fontMetrics';
import { EXPORT_FACE_FILES, type ExportFace } from '../../shared/render/typeface';
import { readExportFonts } from '../../electron/main/files/fileServices';

export const FONTS_DIR = join(import.meta.dirname, '..', '..', 'resources', 'fonts');

/** The faces exports embed, read as the main process reads them. */
export function exportFonts(): ExportFonts {
  const read = (face: ExportFace) => new Uint8Array(readFileSync(join(FONTS_DIR, EXPORT_FACE_FILES[face])));
  return { regular: read('regular'), bold: read('bold'), symbols: read('symbols') };
}

/** The same faces as base64, as the main process sends them over IPC (assets:fonts). */
export function exportFontsBase64(): Record<ExportFace, string> {
  return readExportFonts(join(FONTS_DIR, '..'));
}
