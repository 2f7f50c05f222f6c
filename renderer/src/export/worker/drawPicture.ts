import { buildDisplayList } from '../displayList';
import type { ExportProgress } from '../exportTypes';
import { fontMetrics } from '../fontMetrics';
import { glyphOutliner } from '../glyphOutlines';
import { toFitPdf, toPagedPdf, toPosterPdf } from '../toPdf';
import { toSvg } from '../toSvg';
import type { PictureResult, PictureWork } from './pictureWork';

type Progress = (step: ExportProgress['step'], fraction: number, page?: ExportProgress['page']) => void;

/**
 * Layout, display list and the file itself: the same code on the export thread and in Node (the
 * tests compare the two), so the PDF, SVG and PNG match the canvas wherever they are drawn.
 */
export async function drawPicture(work: PictureWork, progress: Progress = () => {}): Promise<PictureResult> {
  const { doc, options, fonts } = work;
  progress('layout', 0.15);
  const metrics = fontMetrics(fonts.bytes);
  const list = buildDisplayList(doc, metrics, {
    ...(options.persona ? { persona: options.persona } : {}),
    ...(options.compare ? { compare: options.compare } : {}),
    ...(options.pictures ? { pictures: options.pictures } : {}),
  });
  progress('drawing', 0.35);
  const svg = () => toSvg(list, { title: doc.title, embedFonts: fonts.b64 });
  if (work.format === 'svg') return { format: 'svg', svg: svg() };
  if (work.format === 'png') {
    // Rasterised in the browser: text as outlines, which draw the same whether or not a face has loaded.
    const outlined = toSvg(list, { title: doc.title, outlines: glyphOutliner(metrics) });
    return { format: 'png', svg: outlined, width: list.width, height: list.height };
  }
  const pdf = options.pdf ?? { layout: 'poster' };
  const bytes =
    pdf.layout === 'poster'
      ? await toPosterPdf(list, fonts.bytes, doc.title)
      : pdf.layout === 'fit'
        ? await toFitPdf(list, fonts.bytes, doc.title, pdf)
        : (
            await toPagedPdf(list, fonts.bytes, doc.title, pdf, async (page, pages) =>
              progress('page', 0.35 + (0.5 * page) / pages, { n: page, of: pages }),
            )
          ).bytes;
  return { format: 'pdf', bytes };
}
