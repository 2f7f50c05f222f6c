import type ExcelJS from 'exceljs';
import { OFFICE_FONT } from '../../render/typeface';
import type { BacklogTable } from '../backlogTable';
import { rowHeight } from './toTables';

const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: OFFICE_FONT, family: 2, ...extra });

/**
 * The backlog as a workbook: one sheet, ranked, the heading row bold, frozen and filterable (a
 * team sorts and filters it further in Excel), text wrapped and each row tall enough for it.
 */
export async function writeBacklog(Excel: typeof ExcelJS, sheetName: string, table: BacklogTable): Promise<Uint8Array> {
  const book = new Excel.Workbook();
  book.creator = 'Waymark';
  const sheet = book.addWorksheet(sheetName);
  table.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const head = sheet.addRow(table.header);
  head.font = font({ bold: true });
  head.alignment = { wrapText: true, vertical: 'top' };
  head.height = rowHeight(table.header, table.widths);
  for (const values of table.rows) {
    const row = sheet.addRow(values);
    row.font = font();
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight(values, table.widths);
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
