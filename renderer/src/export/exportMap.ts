import type { WaymarkApi } from '../../../shared/ipc/api';
import type { ReportPersona } from '../../../shared/model/persona';
import type { JourneyMap } from '../../../shared/model/types';
import { unwrap } from '../app/bridge';
import { base64ToBytes, bytesToBase64 } from './base64';
import { buildDisplayList, type CompareMarks } from './displayList';
import { fontMetrics, type ExportFonts } from './fontMetrics';
import { exportOjf } from '../../../shared/exchange/ojf';
import { toCsv, toMermaid, toWaymarkJson } from './formats';
import type { PageOptions } from './pagePlan';
import { toFitPdf, toPagedPdf, toPosterPdf } from './toPdf';
import { svgToPng } from './toPng';
import { toSvg } from './toSvg';

export type ExportKind = 'svg' | 'pdf' | 'png' | 'json' | 'csv' | 'mermaid' | 'ojf';

export interface ExportOptions {
  /** PDF: one poster page, or pages of a paper size. */
  pdf?:
    | { layout: 'poster' }
    | ({ layout: 'fit' } & Pick<PageOptions, 'paper' | 'orientation'>)
    | ({ layout: 'pages' } & PageOptions);
  png?: { scale: number; background: 'white' | 'transparent' };
  /** Who the map is about, for the title block (photo and frustrations included). */
  persona?: ReportPersona;
  /** A comparison drawn as one map (the compare view's export). */
  compare?: CompareMarks;
}

let fonts: Promise<{ bytes: ExportFonts; b64: { regular: string; bold: string } }> | null = null;

/** The export font, fetched once from the main process (the renderer reads no files). */
function loadFonts(api: WaymarkApi) {
  fonts ??= unwrap(api.assets.fonts({})).then((b64) => ({
    b64,
    bytes: { regular: base64ToBytes(b64.regular), bold: base64ToBytes(b64.bold) },
  }));
  fonts.catch(() => (fonts = null));
  return fonts;
}

export interface ExportProgress {
  /** What is happening, for the progress line. */
  /** Which step: the UI says it in words (i18n `export.steps.*`). */
  step: 'font' | 'layout' | 'drawing' | 'page' | 'image' | 'saving';
  /** For the `page` step: which page of how many. */
  page?: { n: number; of: number };
  /** 0…1 */
  fraction: number;
}

export interface ExportControl {
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
}

export class ExportCancelled extends Error {
  override name = 'ExportCancelled';
}

/** Lets the UI paint (progress, the Cancel button) between steps, and honours Cancel. */
async function checkpoint(
  control: ExportControl,
  step: ExportProgress['step'],
  fraction: number,
  page?: ExportProgress['page'],
): Promise<void> {
  control.onProgress?.({ step, fraction, ...(page ? { page } : {}) });
  await new Promise((r) => setTimeout(r, 0));
  if (control.signal?.aborted) throw new ExportCancelled('Export cancelled.');
}

/**
 * Builds one export from the map model and hands the bytes to the main process, which asks
 * where to save and writes the file. Returns the saved path, or null when the user cancelled.
 */
export async function exportMap(
  api: WaymarkApi,
  doc: JourneyMap,
  kind: ExportKind,
  options: ExportOptions = {},
  control: ExportControl = {},
): Promise<string | null> {
  let data: string;
  let encoding: 'utf8' | 'base64' = 'utf8';
  if (kind === 'svg' || kind === 'pdf' || kind === 'png') {
    await checkpoint(control, 'font', 0.05);
    const f = await loadFonts(api);
    await checkpoint(control, 'layout', 0.15);
    const list = buildDisplayList(doc, fontMetrics(f.bytes), {
      ...(options.persona ? { persona: options.persona } : {}),
      ...(options.compare ? { compare: options.compare } : {}),
    });
    await checkpoint(control, 'drawing', 0.35);
    const svg = () => toSvg(list, { title: doc.title, embedFonts: f.b64 });
    if (kind === 'svg') data = svg();
    else if (kind === 'png') {
      const png = options.png ?? { scale: 2, background: 'white' };
      const source = svg();
      await checkpoint(control, 'image', 0.5);
      data = bytesToBase64(await svgToPng(source, list, png.scale, png.background));
      encoding = 'base64';
    } else {
      const pdf = options.pdf ?? { layout: 'poster' };
      const bytes =
        pdf.layout === 'poster'
          ? await toPosterPdf(list, f.bytes, doc.title)
          : pdf.layout === 'fit'
            ? await toFitPdf(list, f.bytes, doc.title, pdf)
            : (
                await toPagedPdf(list, f.bytes, doc.title, pdf, (page, pages) =>
                  checkpoint(control, 'page', 0.35 + (0.5 * page) / pages, { n: page, of: pages }),
                )
              ).bytes;
      data = bytesToBase64(bytes);
      encoding = 'base64';
    }
    await checkpoint(control, 'saving', 0.9);
  } else if (kind === 'json') data = toWaymarkJson(doc);
  else if (kind === 'csv') data = toCsv(doc);
  else if (kind === 'ojf') data = JSON.stringify(exportOjf(doc), null, 2) + '\n';
  else data = toMermaid(doc);
  const result = await unwrap(api.files.save({ suggestedName: doc.title, format: kind, data, encoding }));
  return result.saved ? result.path : null;
}
