import type { ExportBuilder } from './types';
import { drawMap } from './picture';

/** A self-contained SVG with the export font embedded. */
export const buildSvg: ExportBuilder = async (job) => (await drawMap(job)).svg();
