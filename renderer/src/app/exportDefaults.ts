/** Default export choices from Settings, remembered on this computer. */
export interface ExportDefaults {
  pdfLayout: 'poster' | 'tiles' | 'stages';
  paper: 'a4' | 'a3' | 'letter';
  pngScale: 1 | 2 | 3;
}

const KEY = 'waymark.exportDefaults';
const FALLBACK: ExportDefaults = { pdfLayout: 'poster', paper: 'a4', pngScale: 2 };

export function exportDefaults(): ExportDefaults {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ExportDefaults>;
    return {
      pdfLayout: ['poster', 'tiles', 'stages'].includes(saved.pdfLayout ?? '') ? saved.pdfLayout! : FALLBACK.pdfLayout,
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
