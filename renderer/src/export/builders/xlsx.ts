import { writeXlsx } from '../../../../shared/exchange/xlsx/writeXlsx';
import { bytesToBase64 } from '../base64';
import type { ExportBuilder } from './types';

/** The workbook (exceljs, loaded only when asked for). */
export const buildXlsx: ExportBuilder = async ({ doc, options, checkpoint }) => {
  await checkpoint('drawing', 0.2);
  const { default: ExcelJS } = await import('exceljs');
  const bytes = await writeXlsx(ExcelJS, doc, options.detailTitles, options.insights);
  await checkpoint('saving', 0.9);
  return bytesToBase64(bytes);
};
