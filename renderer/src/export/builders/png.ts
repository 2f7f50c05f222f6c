import { bytesToBase64 } from '../base64';
import { svgToPng } from '../toPng';
import { drawMap } from './picture';
import type { ExportBuilder } from './types';

/** The map's SVG rasterised at the chosen scale (1× by default: every map can be exported at it). */
export const buildPng: ExportBuilder = async (job) => {
  const { list, svg } = await drawMap(job);
  const png = job.options.png ?? { scale: 1, background: 'white' };
  const source = svg();
  await job.checkpoint('image', 0.5);
  return bytesToBase64(await svgToPng(source, list, png.scale, png.background));
};
