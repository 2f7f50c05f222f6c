import type { PngScale } from './optionFields';
import { PDF_LAYOUTS, type PdfLayout } from './pagePlan';

/** Default export choices from Settings, remembered on this computer. */
export interface ExportDefaults {
  pdfLayout: PdfLayout;
  paper: 'a4' | 'a3' | 'letter';
  pngScale: PngScale;
}

const KEY = 'waymark.exportDefaults';
// One A4 page with the title block is what a report author hands over; a 2× PNG is sharp on a
// slide or a high-density screen, and any map can be drawn at it (the PNG is drawn in tiles).
const FALLBACK: ExportDefaults = { pdfLayout: 'fit', paper: 'a4', pngScale: 2 };

export function exportDefaults(): ExportDefaults {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ExportDefaults>;
    return {
      pdfLayout: (PDF_LAYOUTS as readonly string[]).includes(saved.pdfLayout ?? '')
        ? saved.pdfLayout!
        : FALLBACK.pdfLayout,
      paper: ['a4', 'a3', 'letter'].includes(saved.paper ?? '') ? saved.paper! : FALLBACK.paper,
      pngScale: [1, 2, 3].includes(saved.pngScale ?? 0) ? saved.pngScale! : FALLBACK.pngScale,
    };
  } catch {
    return FALLBACK;
  }
}

export function saveExportDefaults(defaults: ExportDefaults): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(defaults));
  } catch {
    // Not remembered; the dialog still works.
  }
}
