import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../../electron/main/files/importMap';
import { LINE_POINTS, toTables, wrappedLines } from '../../../shared/exchange/xlsx/toTables';
import { writeXlsx } from '../../../shared/exchange/xlsx/writeXlsx';
import { createExampleMap } from '../../../shared/templates/examples';

const dir = mkdtempSync(join(tmpdir(), 'waymark-xlsx-finish-'));
const date = new Date('2026-11-23T10:00:00Z');

/** What openpyxl (a reader we did not write) sees of a workbook's layout. */
function layout(file: string) {
  const script = `import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {
        "merged": [str(r) for r in ws.merged_cells.ranges],
        "heights": {r: ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)},
        "widths": [ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width for c in range(1, ws.max_column + 1)],
        "headings": [c.value for c in ws[1]],
        "fitToWidth": ws.page_setup.fitToWidth, "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage,
        "cells": [[c.value for c in row] for row in ws.iter_rows()],
    }
print(json.dumps(out))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as Record<
    string,
    {
      merged: string[];
      heights: Record<string, number | null>;
      widths: number[];
      headings: (string | null)[];
      fitToWidth: number;
      fitToPage: boolean;
      cells: (string | number | null)[][];
    }
  >;
}

describe('the workbook a consultant hands over', () => {
  it('shows the whole title, every card’s text, headings apart, and prints each sheet one page wide', async () => {
    const doc = createExampleMap('shopee-retail', date)!;
    const file = join(dir, 'shopee.xlsx');
    writeFileSync(file, await writeXlsx(ExcelJS, doc));
    const book = layout(file);
    const map = book['Bản đồ']!;
    const last = String.fromCharCode('A'.charCodeAt(0) + doc.stages.length);
    expect(map.merged).toEqual(expect.arrayContaining([`A1:${last}1`, `A2:${last}2`]));
    // Each lane row is as tall as its most-wrapped cell: no card hidden below the row's edge.
    // (The columns' widths as written: openpyxl reports one width for a run of equal columns.)
    const widths = toTables(doc)[0]!.widths;
    map.cells.forEach((row, r) => {
      if (r < 4) return;
      const lines = Math.max(1, ...row.map((v, c) => (typeof v === 'string' ? wrappedLines(v, widths[c]!) : 1)));
      expect(map.heights[String(r + 1)], `row ${r + 1}`).toBeGreaterThanOrEqual(lines * LINE_POINTS);
    });
    const tallest = Math.max(...Object.values(map.heights).map(Number));
    expect(tallest).toBeGreaterThan(3 * LINE_POINTS);
    for (const [name, sheet] of Object.entries(book)) {
      expect([sheet.fitToPage, sheet.fitToWidth], name).toEqual([true, 1]);
      if (name === 'Bản đồ') continue;
      sheet.headings.forEach((h, i) =>
        expect(sheet.widths[i]!, `${name}: ${h}`).toBeGreaterThanOrEqual([...String(h ?? '')].length + 2),
      );
    }
  });

  it('finds the map grid after a cover and an instructions sheet, whatever the sheets are called', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Bìa').addRow(['Dự án: đặt vé xe khách Tết', null, null]);
    const help = book.addWorksheet('Hướng dẫn');
    help.addRow(['Cột A: các làn. Hàng 3: các giai đoạn.']);
    help.addRow(['Mỗi dòng trong một ô là một thẻ.']);
    const grid = book.addWorksheet('Sheet3');
    grid.addRow(['Đặt vé xe khách Tết']);
    grid.addRow([]);
    grid.addRow(['', 'Tìm chuyến', 'Đặt chỗ', 'Lên xe']);
    grid.addRow(['Hành động', 'Xem giá trên app', 'Gọi tổng đài', 'Ra bến sớm']);
    grid.addRow(['Điểm đau', 'Giá đổi theo giờ', 'Tổng đài bận', null]);
    const file = join(dir, 'covered.xlsx');
    await book.xlsx.writeFile(file);
    const { doc } = await readWorkbookFile(file);
    expect(doc.stages.map((s) => s.name)).toEqual(['Tìm chuyến', 'Đặt chỗ', 'Lên xe']);
    expect(doc.cards.map((c) => c.text)).toEqual(
      expect.arrayContaining(['Xem giá trên app', 'Tổng đài bận', 'Ra bến sớm']),
    );
  });

  it('reads a workbook written in the words before the Vietnamese review: kind, card type and heading', async () => {
    const doc = createExampleMap('service-visit', date)!;
    const vi = { ...doc, language: 'vi' as const };
    const file = join(dir, 'former-words.xlsx');
    writeFileSync(file, await writeXlsx(ExcelJS, vi));
    // Rewrite it as the earlier version wrote it.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const map = book.getWorksheet('Bản đồ')!;
    map.getCell('A2').value = 'Bản thiết kế dịch vụ';
    const cards = book.getWorksheet('Thẻ')!;
    const header = cards.getRow(1);
    header.eachCell((cell) => {
      if (cell.value === 'Mức xác thực') cell.value = 'Bằng chứng';
    });
    const typeColumn = (header.values as unknown[]).indexOf('Loại');
    let evidenceCards = 0;
    cards.eachRow((row, n) => {
      if (n > 1 && row.getCell(typeColumn).value === 'Bằng chứng hữu hình') {
        row.getCell(typeColumn).value = 'Bằng chứng';
        evidenceCards += 1;
      }
    });
    expect(evidenceCards).toBeGreaterThan(0);
    await book.xlsx.writeFile(file);
    const back = await readWorkbookFile(file);
    expect(back.doc.kind).toBe('service-blueprint');
    expect(back.doc.cards.filter((c) => c.type === 'evidence')).toHaveLength(evidenceCards);
    expect(back.doc.cards.map((c) => c.evidence)).toEqual(doc.cards.map((c) => c.evidence));
  });
});
