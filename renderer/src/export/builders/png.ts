import { bytesToBase64 } from '../base64';
import { svgToPng } from '../toPng';
import { drawOffThread } from './picture';
import type { ExportBuilder } from './types';

/** The map's SVG rasterised at the chosen scale (1× by default), in tiles, encoded off the UI thread. */
export const buildPng: ExportBuilder = async (job) =>
  drawOffThread(job, 'png', async (result, thread) => {
    if (result.format !== 'png') throw new Error('The export thread drew the wrong format.');
    const png = job.options.png ?? { scale: 1, background: 'white' };
    await job.checkpoint('image', 0.5);
    return bytesToBase64(await svgToPng(result.svg, result, png, thread, job.checkpoint));
  });
