import type { WaymarkApi } from '../../../../shared/ipc/api';
import type { JourneyMap } from '../../../../shared/model/types';
import type { ExportControl, ExportOptions, ExportProgress } from '../exportTypes';

/** Everything a format's builder gets: the map, the chosen options, and a way to report progress. */
export interface ExportJob {
  api: WaymarkApi;
  doc: JourneyMap;
  options: ExportOptions;
  control: ExportControl;
  /** Reports a step and lets the UI paint; throws ExportCancelled after Cancel. */
  checkpoint: (step: ExportProgress['step'], fraction: number, page?: ExportProgress['page']) => Promise<void>;
}

/** Builds a file's contents: text for utf8 formats, base64 for binary ones (per EXPORT_FORMATS). */
export type ExportBuilder = (job: ExportJob) => Promise<string>;
