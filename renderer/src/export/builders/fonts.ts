import type { WaymarkApi } from '../../../../shared/ipc/api';
import type { ExportFace } from '../../../../shared/render/typeface';
import { unwrap } from '../../ipc/bridge';
import { base64ToBytes } from '../base64';
import type { ExportFonts } from '../fontMetrics';

export interface LoadedFonts {
  bytes: ExportFonts;
  b64: Record<ExportFace, string>;
}

let fonts: Promise<LoadedFonts> | null = null;

/** The faces exports embed, fetched once from the main process (the renderer reads no files). */
export function loadExportFonts(api: WaymarkApi): Promise<LoadedFonts> {
  fonts ??= unwrap(api.assets.fonts({})).then((b64) => ({
    b64,
    bytes: { regular: base64ToBytes(b64.regular), bold: base64ToBytes(b64.bold), symbols: base64ToBytes(b64.symbols) },
  }));
  // A failed fetch is tried again by the next export.
  fonts.catch(() => (fonts = null));
  return fonts;
}
