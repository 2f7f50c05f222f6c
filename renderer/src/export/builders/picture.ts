import { loadExportFonts } from './fonts';
import { ExportThread } from '../worker/exportThread';
import type { PictureFormat, PictureResult } from '../worker/pictureWork';
import type { ExportJob } from './types';

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
  const f = await loadExportFonts(job.api);
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
