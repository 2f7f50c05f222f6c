import { buildPptx } from '../pptx/buildPptx';
import { bytesToBase64 } from '../base64';
import type { ExportBuilder } from './types';

/** Editable slides (pptxgenjs, loaded only when asked for). */
export const buildPptxFile: ExportBuilder = async ({ doc, options, checkpoint }) => {
  await checkpoint('drawing', 0.2);
  const bytes = await buildPptx(doc, options.pptx?.aspect ?? '16:9', options.persona, options.pictures);
  await checkpoint('saving', 0.9);
  return bytesToBase64(bytes);
};
