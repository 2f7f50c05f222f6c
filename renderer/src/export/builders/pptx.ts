import { buildPptx } from '../pptx/buildPptx';
import { bytesToBase64 } from '../base64';
import { fontMetrics } from '../fontMetrics';
import { loadExportFonts } from './fonts';
import type { ExportBuilder } from './types';

/** Editable slides (pptxgenjs, loaded only when asked for), text measured with the app's face. */
export const buildPptxFile: ExportBuilder = async ({ api, doc, options, checkpoint }) => {
  await checkpoint('font', 0.05);
  const fonts = await loadExportFonts(api);
  await checkpoint('drawing', 0.2);
  const bytes = await buildPptx(doc, {
    aspect: options.pptx?.aspect ?? '16:9',
    metrics: fontMetrics(fonts.bytes),
    persona: options.persona,
    pictures: options.pictures,
  });
  await checkpoint('saving', 0.9);
  return bytesToBase64(bytes);
};
