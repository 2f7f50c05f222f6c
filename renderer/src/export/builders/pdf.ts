import { bytesToBase64 } from '../base64';
import { toFitPdf, toPagedPdf, toPosterPdf } from '../toPdf';
import { drawMap } from './picture';
import type { ExportBuilder } from './types';

/** One report page, tiled or stage-by-stage pages, or a poster page (see PDF_LAYOUTS). */
export const buildPdf: ExportBuilder = async (job) => {
  const { list, fonts } = await drawMap(job);
  const { title } = job.doc;
  const pdf = job.options.pdf ?? { layout: 'poster' };
  const bytes =
    pdf.layout === 'poster'
      ? await toPosterPdf(list, fonts.bytes, title)
      : pdf.layout === 'fit'
        ? await toFitPdf(list, fonts.bytes, title, pdf)
        : (
            await toPagedPdf(list, fonts.bytes, title, pdf, (page, pages) =>
              job.checkpoint('page', 0.35 + (0.5 * page) / pages, { n: page, of: pages }),
            )
          ).bytes;
  return bytesToBase64(bytes);
};
