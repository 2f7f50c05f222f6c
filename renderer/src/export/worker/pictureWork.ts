import type { JourneyMap } from '../../../../shared/model/types';
import type { ExportFonts } from '../fontMetrics';
import type { ExportOptions, ExportProgress } from '../exportTypes';

/** The picture formats drawn off the UI thread. */
export type PictureFormat = 'pdf' | 'svg' | 'png';

/** Everything the export thread needs to draw a map: no function, so it crosses postMessage. */
export interface PictureWork {
  format: PictureFormat;
  doc: JourneyMap;
  options: Omit<ExportOptions, 'png'>;
  fonts: { bytes: ExportFonts; b64: Record<keyof ExportFonts, string> };
}

/** What the thread gives back: the PDF's bytes, the SVG, or (for PNG) the SVG and its size in px. */
export type PictureResult =
  | { format: 'pdf'; bytes: Uint8Array }
  | { format: 'svg'; svg: string }
  | { format: 'png'; svg: string; width: number; height: number };

export type ToExportThread =
  | { type: 'draw'; work: PictureWork }
  | { type: 'png:start'; width: number; height: number }
  | { type: 'png:rows'; rgba: Uint8ClampedArray }
  | { type: 'png:end' };

export type FromExportThread =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'drawn'; result: PictureResult }
  | { type: 'png:ready' }
  | { type: 'png:done'; bytes: Uint8Array }
  | { type: 'failed'; message: string };
