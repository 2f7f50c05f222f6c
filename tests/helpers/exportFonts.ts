import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFonts } from '../../renderer/src/export/fontMetrics';

const FONTS = join(import.meta.dirname, '..', '..', 'resources', 'fonts');

export function exportFonts(): ExportFonts {
  return {
    regular: new Uint8Array(readFileSync(join(FONTS, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(FONTS, 'DejaVuSans-Bold.ttf'))),
  };
}
