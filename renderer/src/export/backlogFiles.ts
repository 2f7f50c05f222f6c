import type { WaymarkApi } from '../../../shared/ipc/api';
import { backlogTable, jiraRows, type BacklogRowSource } from '../../../shared/exchange/backlogTable';
import { writeBacklog } from '../../../shared/exchange/xlsx/writeBacklog';
import type { ValueAxis } from '../../../shared/model/backlog';
import type { Language } from '../../../shared/model/constants';
import { EXPORT_WORDS } from '../../../shared/templates/exportWords';
import { unwrap } from '../ipc/bridge';
import { bytesToBase64 } from './base64';
import { csvCell } from './formats';
import { loadExportFonts } from './builders/fonts';
import type { ExportFonts, FontMetrics } from './fontMetrics';

/** The backlog files a person can save: a workbook, and a CSV Jira's importer maps by itself. */
export const BACKLOG_FILES = ['xlsx', 'jira', 'pptx', 'pdf'] as const;
export type BacklogFile = (typeof BACKLOG_FILES)[number];

/**
 * Writes the backlog and asks where to save it; returns the path, or null when the person
 * cancelled. `name` is the file's suggested name (the map's title, or the library's).
 */
export async function saveBacklog(
  api: WaymarkApi,
  file: BacklogFile,
  items: readonly BacklogRowSource[],
  options: { axis: ValueAxis; language: Language; name: string },
): Promise<string | null> {
  const { axis, language, name } = options;
  const words = EXPORT_WORDS[language].backlog;
  const suggestedName = `${name} – ${words.title}`;
  if (file === 'pptx' || file === 'pdf') {
    // The writers (pptxgenjs, pdf-lib, fontkit) load when asked for, not with the editor.
    const fonts = await loadExportFonts(api);
    const { fontMetrics } = await import('./fontMetrics');
    const metrics = fontMetrics(fonts.bytes);
    const bytes =
      file === 'pptx'
        ? await slide(items, axis, language, name, metrics)
        : await page(items, axis, language, name, metrics, fonts.bytes);
    const saved = await unwrap(
      api.files.save({ suggestedName, format: file, data: bytesToBase64(bytes), encoding: 'base64' }),
    );
    return saved.saved ? saved.path : null;
  }
  if (file === 'jira') {
    // No byte-order mark: Jira would read it as part of the first heading and not map "Summary".
    const data = `${jiraRows(items, axis, language)
      .map((r) => r.map(csvCell).join(','))
      .join('\r\n')}\r\n`;
    const saved = await unwrap(api.files.save({ suggestedName, format: 'csv', data, encoding: 'utf8' }));
    return saved.saved ? saved.path : null;
  }
  const { default: ExcelJS } = await import('exceljs');
  const bytes = await writeBacklog(ExcelJS, words.sheet, backlogTable(items, axis, language));
  const saved = await unwrap(
    api.files.save({ suggestedName, format: 'xlsx', data: bytesToBase64(bytes), encoding: 'base64' }),
  );
  return saved.saved ? saved.path : null;
}

type Writer<T> = (
  items: readonly BacklogRowSource[],
  axis: ValueAxis,
  language: Language,
  name: string,
  metrics: FontMetrics,
) => Promise<T>;

const slide: Writer<Uint8Array> = async (...args) => (await import('./pptx/backlogSlide')).buildBacklogPptx(...args);

/** The backlog's PDF page: A4 landscape, as a report's page beside the map. */
async function page(...[items, axis, language, name, metrics, fonts]: [...Parameters<Writer<never>>, ExportFonts]) {
  const [{ backlogPage }, { toBacklogPdf }, { PAPER }] = await Promise.all([
    import('./backlogPage'),
    import('./toPdf'),
    import('./pagePlan'),
  ]);
  const a4 = { w: PAPER.a4.h, h: PAPER.a4.w, margin: 36 };
  return toBacklogPdf(backlogPage(items, axis, language, name, metrics, a4), metrics, fonts, name, a4);
}
