import { buildHtml } from '../html/buildHtml';
import type { ExportBuilder } from './types';

/** The one-file viewer. */
export const buildHtmlFile: ExportBuilder = async ({ doc, options, checkpoint }) => {
  await checkpoint('drawing', 0.3);
  return buildHtml(doc, options.pictures);
};
