import { buildHtml } from '../html/buildHtml';
import { loadExportFonts } from './fonts';
import type { ExportBuilder } from './types';

/** The one-file viewer. */
export const buildHtmlFile: ExportBuilder = async ({ api, doc, options, checkpoint }) => {
  await checkpoint('font', 0.1);
  const fonts = await loadExportFonts(api);
  await checkpoint('drawing', 0.3);
  return buildHtml(doc, fonts.b64, {
    ...(options.pictures ? { pictures: options.pictures } : {}),
    ...(options.persona ? { persona: options.persona } : {}),
    ...(options.detailTitles ? { detailTitles: options.detailTitles } : {}),
    ...(options.insights ? { insights: options.insights } : {}),
  });
};
