import { drawOffThread } from './picture';
import type { ExportBuilder } from './types';

/** A self-contained SVG with the export font embedded, drawn off the UI thread. */
export const buildSvg: ExportBuilder = (job) =>
  drawOffThread(job, 'svg', async (result) => {
    if (result.format !== 'svg') throw new Error('The export thread drew the wrong format.');
    return result.svg;
  });
