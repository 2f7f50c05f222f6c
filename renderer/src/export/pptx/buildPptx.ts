import type { ReportPersona } from '../../../../shared/model/persona';
import type { JourneyMap } from '../../../../shared/model/types';
import { OFFICE_FONT } from '../../../../shared/render/typeface';
import type { FontMetrics } from '../fontMetrics';
import { overviewSlides } from './overviewSlide';
import { SLIDE, type SlideAspect } from './slideStyle';
import { planStageSlides } from './stagePlan';
import { drawStageSlide } from './stageSlides';
import { titleSlide } from './titleSlide';

export type { SlideAspect } from './slideStyle';

export interface PptxOptions {
  aspect: SlideAspect;
  /** Measures text with the faces the deck names, so boxes are as tall as their text. */
  metrics: FontMetrics;
  persona?: ReportPersona;
  /** Cards' pictures as data: URLs by content hash. */
  pictures?: ReadonlyMap<string, string>;
  /** The date on the title slide. */
  date?: Date;
}

/**
 * An editable PowerPoint deck of the map: a title slide, the whole journey (stage names, the
 * curve, counts), then each stage's cards in columns across the slide, continued on further
 * slides where a stage is long. Every card is a native text box in its colours, the curve a
 * native line chart, so a colleague can change the deck in PowerPoint, Keynote or LibreOffice.
 * No text is smaller than 12 pt.
 */
export async function buildPptx(doc: JourneyMap, options: PptxOptions): Promise<Uint8Array> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  const size = SLIDE[options.aspect];
  const pictures = options.pictures ?? new Map<string, string>();
  pptx.layout = size.layout;
  // The theme names the same face, so text a person adds in PowerPoint matches the rest.
  pptx.theme = { headFontFace: OFFICE_FONT, bodyFontFace: OFFICE_FONT };
  pptx.title = doc.title;
  pptx.company = 'Waymark';
  titleSlide(pptx, doc, options.persona, size, options.date ?? new Date(), options.metrics);
  overviewSlides(pptx, doc, options.metrics, size);
  const hasPicture = (card: JourneyMap['cards'][number]) => !!card.picture && pictures.has(card.picture.hash);
  doc.stages.forEach((_, i) => {
    for (const plan of planStageSlides(doc, i, size, options.metrics, hasPicture))
      drawStageSlide(pptx, doc, plan, size, pictures);
  });
  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
}
