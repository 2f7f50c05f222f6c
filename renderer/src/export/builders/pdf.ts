import { bytesToBase64 } from '../base64';
import { drawOffThread } from './picture';
import type { ExportBuilder } from './types';

/** One report page, tiled or stage-by-stage pages, or a poster page (see PDF_LAYOUTS), drawn off the UI thread. */
export const buildPdf: ExportBuilder = (job) =>
  drawOffThread(job, 'pdf', async (result) => {
    if (result.format !== 'pdf') throw new Error('The export thread drew the wrong format.');
    return bytesToBase64(result.bytes);
  });
