import type { ReportPersona } from '../../../shared/model/persona';
import type { DetailTitles } from '../../../shared/model/detailLinks';
import type { JourneyMap } from '../../../shared/model/types';
import type { LibraryInsight } from '../../../shared/model/insight';
import type { CompareMarks } from './display/types';
import type { PageOptions } from './pagePlan';

export interface ExportOptions {
  /** PDF: one poster page, or pages of a paper size. */
  pdf?:
    | { layout: 'poster' }
    | ({ layout: 'fit' } & Pick<PageOptions, 'paper' | 'orientation'>)
    | ({ layout: 'pages' } & PageOptions);
  png?: { scale: number; background: 'white' | 'transparent' };
  pptx?: { aspect: '16:9' | '4:3' };
  /** Who the map is about, for the title block (photo and frustrations included). */
  persona?: ReportPersona;
  /** A comparison drawn as one map (the compare view's export). */
  compare?: CompareMarks;
  /** Cards' pictures as data: URLs by content hash, fetched from the library before building. */
  pictures?: ReadonlyMap<string, string>;
  /** The titles of the maps the cards open into ("detail journeys"), by id. */
  detailTitles?: DetailTitles;
  /** The library's insights the cards cite: numbered on the cards and listed after the map (PDF, viewer, workbook). */
  insights?: readonly LibraryInsight[];
  /** .waymark: the maps the map opens into (and theirs), carried in the file. */
  detailMaps?: readonly JourneyMap[];
}

export interface ExportProgress {
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
