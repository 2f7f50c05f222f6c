import type { WaymarkApi } from '../../../../shared/ipc/api';
import { unwrap } from '../../ipc/bridge';
import { base64ToBytes } from '../base64';
import { ExportThread } from '../worker/exportThread';
import type { PictureFormat, PictureResult, PictureWork } from '../worker/pictureWork';
import type { ExportJob } from './types';

let fonts: Promise<PictureWork['fonts']> | null = null;

/** The export faces, fetched once from the main process (the renderer reads no files). */
function loadFonts(api: WaymarkApi): Promise<PictureWork['fonts']> {
  fonts ??= unwrap(api.assets.fonts({})).then((b64) => ({
    b64,
    bytes: { regular: base64ToBytes(b64.regular), bold: base64ToBytes(b64.bold), symbols: base64ToBytes(b64.symbols) },
  }));
  fonts.catch(() => (fonts = null));
  return fonts;
}

/**
 * What the picture formats (PDF, PNG, SVG) share: the font, then layout, display list and file
 * drawn by an export thread; `finish` turns its result into the file's contents (PNG rasterises
 * and encodes through the same thread). The thread ends with the export, or at once on Cancel.
 */
export async function drawOffThread(
  job: ExportJob,
  format: PictureFormat,
  finish: (result: PictureResult, thread: ExportThread) => Promise<string>,
): Promise<string> {
  await job.checkpoint('font', 0.05);
  const f = await loadFonts(job.api);
  const { png: _png, ...options } = job.options;
  const thread = new ExportThread(job.control);
  try {
    const contents = await finish(await thread.draw({ format, doc: job.doc, options, fonts: f }), thread);
    thread.release();
    return contents;
  } finally {
    thread.close();
  }
}
