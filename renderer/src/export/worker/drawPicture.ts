import { buildDisplayList } from '../displayList';
import type { ExportProgress } from '../exportTypes';
import { fontMetrics } from '../fontMetrics';
import { glyphOutliner } from '../glyphOutlines';
import { planStagePages } from '../stagePages';
import { type References, toFitPdf, toPagedPdf, toPosterPdf, toStagesPdf } from '../toPdf';
import { PAPER } from '../pagePlan';
import { referencePages } from '../referencePages';
import { citations } from '../../../../shared/model/citations';
import { researchCoverage } from '../../../../shared/model/coverage';
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
  const cited = citations(doc, options.insights ?? []);
  const display = {
    ...(cited.order.length ? { citations: cited.numberOf } : {}),
    ...(options.persona ? { persona: options.persona } : {}),
    ...(options.compare ? { compare: options.compare } : {}),
    ...(options.pictures ? { pictures: options.pictures } : {}),
    ...(options.detailTitles ? { detailTitles: options.detailTitles } : {}),
  };
  const pageProgress = async (page: number, pages: number) =>
    progress('page', 0.35 + (0.5 * page) / pages, { n: page, of: pages });
  const pdf = options.pdf ?? { layout: 'poster' };
  // The research the cards cite, listed after the map on pages of the report's paper (portrait).
  const paper = PAPER[pdf.layout === 'poster' ? 'a4' : pdf.paper];
  const refPaper = { w: paper.w, h: paper.h, margin: 48 };
  const refs: References | undefined =
    work.format === 'pdf' && cited.order.length
      ? {
          paper: refPaper,
          pages: referencePages(
            cited,
            researchCoverage(doc, (id) => cited.numberOf.has(id)),
            doc.language,
            metrics,
            {
              ...refPaper,
              footer: 16,
            },
          ),
        }
      : undefined;
  if (work.format === 'pdf' && pdf.layout === 'pages' && pdf.mode === 'stages') {
    const plan = planStagePages(doc, metrics, display, pdf);
    progress('drawing', 0.35);
    return { format: 'pdf', bytes: (await toStagesPdf(plan, fonts.bytes, doc.title, pageProgress, refs)).bytes };
  }
  const list = buildDisplayList(doc, metrics, display);
  progress('drawing', 0.35);
  const svg = () => toSvg(list, { title: doc.title, embedFonts: fonts.b64 });
  if (work.format === 'svg') return { format: 'svg', svg: svg() };
  if (work.format === 'png') {
    // Rasterised in the browser: text as outlines, which draw the same whether or not a face has loaded.
    const outlined = toSvg(list, { title: doc.title, outlines: glyphOutliner(metrics) });
    return { format: 'png', svg: outlined, width: list.width, height: list.height };
  }
  const bytes =
    pdf.layout === 'poster'
      ? await toPosterPdf(list, fonts.bytes, doc.title, refs)
      : pdf.layout === 'fit'
        ? await toFitPdf(list, fonts.bytes, doc.title, pdf, refs)
        : (await toPagedPdf(list, fonts.bytes, doc.title, pdf, pageProgress, refs)).bytes;
  return { format: 'pdf', bytes };
}
