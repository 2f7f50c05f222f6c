import type { WaymarkApi } from '../../../../shared/ipc/api';
import { unwrap } from '../../ipc/bridge';
import { base64ToBytes } from '../base64';
import { buildDisplayList, type DisplayList } from '../displayList';
import { fontMetrics, type ExportFonts } from '../fontMetrics';
import { toSvg } from '../toSvg';
import type { ExportJob } from './types';

export interface PictureFonts {
  bytes: ExportFonts;
  b64: { regular: string; bold: string };
}

let fonts: Promise<PictureFonts> | null = null;

/** The export font, fetched once from the main process (the renderer reads no files). */
function loadFonts(api: WaymarkApi): Promise<PictureFonts> {
  fonts ??= unwrap(api.assets.fonts({})).then((b64) => ({
    b64,
    bytes: { regular: base64ToBytes(b64.regular), bold: base64ToBytes(b64.bold) },
  }));
  fonts.catch(() => (fonts = null));
  return fonts;
}

/** What the picture formats (PDF, PNG, SVG) share: fonts, the display list, and its SVG. */
export async function drawMap(job: ExportJob): Promise<{ list: DisplayList; fonts: PictureFonts; svg: () => string }> {
  await job.checkpoint('font', 0.05);
  const f = await loadFonts(job.api);
  await job.checkpoint('layout', 0.15);
  const { persona, compare, pictures } = job.options;
  const list = buildDisplayList(job.doc, fontMetrics(f.bytes), {
    ...(persona ? { persona } : {}),
    ...(compare ? { compare } : {}),
    ...(pictures ? { pictures } : {}),
  });
  await job.checkpoint('drawing', 0.35);
  return { list, fonts: f, svg: () => toSvg(list, { title: job.doc.title, embedFonts: f.b64 }) };
}
