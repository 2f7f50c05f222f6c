import type ExcelJS from 'exceljs';
import type { JourneyMap } from '../../model/types';
import type { DetailTitles } from '../../model/detailLinks';
import type { LibraryInsight } from '../../model/insight';
import { cardStyle } from '../../render/cardStyle';
import { OFFICE_FONT } from '../../render/typeface';
import { rowHeight, toTables } from './toTables';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
/** The app's typeface by name; family 2 (swiss) lets Excel substitute a sans-serif where it is not installed. */
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: OFFICE_FONT, family: 2, ...extra });

/**
 * The map as an Excel workbook (exceljs, passed in so the renderer can load it on demand and
 * the main process and tests can use Node's build): the map sheet people read, a sheet with
 * every card's fields, metrics and sources. Text is wrapped and top-aligned, headings bold and
 * frozen, and each lane row of the map sheet tinted like its cards.
 */
export async function writeXlsx(
  Excel: typeof ExcelJS,
  doc: JourneyMap,
  detailTitles?: DetailTitles,
  insights?: readonly LibraryInsight[],
): Promise<Uint8Array> {
  const book = new Excel.Workbook();
  book.creator = 'Waymark';
  book.title = doc.title;
  const laneTint = new Map(
    doc.lanes.filter((l) => l.type === 'cards').map((l) => [l.name, cardStyle({ type: l.cardType ?? 'note' }).tint]),
  );
  for (const [index, table] of toTables(doc, detailTitles, insights).entries()) {
    const sheet = book.addWorksheet(table.name);
    table.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    const across = [table.widths.reduce((a, b) => a + b, 0)];
    for (const [r, values] of table.rows.entries()) {
      const row = sheet.addRow(values);
      row.alignment = { wrapText: true, vertical: 'top' };
      row.font = font();
      // Tall enough for every card in it: spreadsheets do not grow a row for wrapped text.
      row.height = rowHeight(values, table.merged?.includes(r) ? across : table.widths);
    }
    for (const r of table.headingRows)
      sheet.getRow(r + 1).font = font({ bold: true, size: r === 0 && index === 0 ? 16 : 11 });
    // The title and the kind read whole, across the stage columns.
    for (const r of table.merged ?? []) sheet.mergeCells(r + 1, 1, r + 1, table.widths.length);
    const header = (table.headingRows.at(-1) ?? 0) + 1;
    sheet.views = [{ state: 'frozen', xSplit: index === 0 ? 1 : 0, ySplit: header }];
    if (index === 0) sheet.getRow(1).height = 26;
    // Printed, every sheet is one page wide in landscape, as a person would set it up.
    sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    if (index === 0)
      sheet.eachRow((row, n) => {
        const tint = n > header ? laneTint.get(String(row.getCell(1).value)) : undefined;
        if (!tint) return;
        row.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(tint) } }));
        row.getCell(1).font = font({ bold: true });
      });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
