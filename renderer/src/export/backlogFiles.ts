import type { WaymarkApi } from '../../../shared/ipc/api';
import { backlogTable, jiraRows, type BacklogRowSource } from '../../../shared/exchange/backlogTable';
import { writeBacklog } from '../../../shared/exchange/xlsx/writeBacklog';
import type { ValueAxis } from '../../../shared/model/backlog';
import type { Language } from '../../../shared/model/constants';
import { EXPORT_WORDS } from '../../../shared/templates/exportWords';
import { unwrap } from '../ipc/bridge';
import { bytesToBase64 } from './base64';
import { csvCell } from './formats';

/** The backlog files a person can save: a workbook, and a CSV Jira's importer maps by itself. */
export const BACKLOG_FILES = ['xlsx', 'jira'] as const;
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
