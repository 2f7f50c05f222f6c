import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { viewerData } from '../../../renderer/src/export/html/viewerData';
import { drawPicture } from '../../../renderer/src/export/worker/drawPicture';
import { writeXlsx } from '../../../shared/exchange/xlsx/writeXlsx';
import { blankInsight, type LibraryInsight } from '../../../shared/model/insight';
import { citeInsights } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { createExampleMap } from '../../../shared/templates/examples';
import { exportFonts, exportFontsBase64 } from '../../helpers/exportFonts';

const dir = mkdtempSync(join(tmpdir(), 'waymark-research-exports-'));
const date = new Date('2026-12-08T10:00:00Z');

const insight = (id: string, text: string, extra: Partial<LibraryInsight> = {}): LibraryInsight => ({
  ...blankInsight(text),
  id,
  cardCount: 1,
  createdAt: date.toISOString(),
  updatedAt: date.toISOString(),
  ...extra,
});

/** The Shopee example with two pain points backed: three insights, one cited twice, one the library lost. */
function researched(): { doc: JourneyMap; insights: LibraryInsight[] } {
  let doc = createExampleMap('shopee-retail', date)!;
  const card = (text: string) => doc.cards.find((c) => c.text === text)!.id;
  const insights = [
    insight('fake', 'Không phân biệt được hàng thật, hàng giả', { who: 'P3', date: '2026-11-20' }),
    insight('coupon', '38% bỏ giỏ ở bước nhập mã giảm giá', { kind: 'figure', source: 'analytics' }),
    insight('night', 'Hỏi Zalo lúc 10 giờ tối, sáng hôm sau mới có trả lời', { tags: ['zalo'] }),
  ];
  doc = citeInsights(doc, [card('Mã giảm giá báo lỗi khi thanh toán')], ['coupon', 'fake', 'lost']);
  doc = citeInsights(doc, [card('Khó phân biệt hàng chính hãng')], ['fake']);
  doc = citeInsights(doc, [card('Zalo OA trả lời chậm ngoài giờ hành chính')], ['night']);
  return { doc, insights };
}

const fonts = { bytes: exportFonts(), b64: exportFontsBase64() };

describe('the research behind a map in its exports', () => {
  it('PDF: each card cites its insights by number, and a page after the map lists them', async () => {
    const { doc, insights } = researched();
    const result = await drawPicture({
      format: 'pdf',
      doc,
      options: { pdf: { layout: 'fit', paper: 'a4', orientation: 'landscape' }, insights },
      fonts,
    });
    if (result.format !== 'pdf') throw new Error('not a PDF');
    const file = join(dir, 'research.pdf');
    writeFileSync(file, result.bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2/);
    const map = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-raw', file, '-'], { encoding: 'utf8' });
    // Numbered in reading order, stage by stage: "Cân nhắc" [1], "Quyết định" [2], "Mua hàng" [1, 3].
    expect(map).toMatch(/\[1\]\s+\S+ ĐIỂM ĐAU\s+Khó phân biệt hàng chính hãng/);
    expect(map).toMatch(/\[2\]\s+\S+ ĐIỂM ĐAU\s+Zalo OA trả lời chậm/);
    expect(map).toMatch(/\[1, 3\]\s+\S+ ĐIỂM ĐAU\s+Mã giảm giá báo lỗi/);
    const list = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-raw', file, '-'], { encoding: 'utf8' });
    expect(list).toContain('Nghiên cứu đứng sau bản đồ');
    expect(list).toContain('3/4 điểm đau có nghiên cứu đứng sau');
    expect(list).toMatch(/\[1\] “Không phân biệt được hàng thật, hàng giả”/);
    expect(list).toMatch(/\[3\] 38% bỏ giỏ ở bước nhập mã giảm giá/);
    expect(list).toContain('Số liệu · Số liệu phân tích');
    expect(list).toContain('Trích dẫn · Phỏng vấn · P3 · 20/11/2026');
    expect(list).toMatch(/Trang 2\/2|2 \/ 2|2\/2/);
    // Looked at: the list page as an image (kept for review, not compared).
    execFileSync('pdftoppm', ['-f', '2', '-l', '2', '-r', '60', '-png', file, join(dir, 'research-list')]);
  });

  it('PDF without cited insights has no list page', async () => {
    const doc = createExampleMap('shopee-retail', date)!;
    const result = await drawPicture({
      format: 'pdf',
      doc,
      options: { pdf: { layout: 'fit', paper: 'a4', orientation: 'landscape' }, insights: [] },
      fonts,
    });
    if (result.format !== 'pdf') throw new Error('not a PDF');
    const file = join(dir, 'none.pdf');
    writeFileSync(file, result.bytes);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  });

  it('workbook: an Insights sheet, numbered as the report, each with the cards citing it, read by openpyxl', async () => {
    const { doc, insights } = researched();
    const file = join(dir, 'research.xlsx');
    writeFileSync(file, await writeXlsx(ExcelJS, doc, undefined, insights));
    const script = `import openpyxl, json, sys
ws = openpyxl.load_workbook(sys.argv[1])['Thông tin nghiên cứu']
print(json.dumps([list(r) for r in ws.iter_rows(values_only=True)]))`;
    const rows = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }),
    ) as unknown[][];
    expect(rows[0]).toEqual(['STT', 'Thông tin', 'Loại', 'Nguồn', 'Ai', 'Ngày', 'Liên kết', 'Nhãn', 'Được dẫn bởi']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[8]])).toEqual([
      [
        1,
        'Không phân biệt được hàng thật, hàng giả',
        'Khó phân biệt hàng chính hãng\nMã giảm giá báo lỗi khi thanh toán',
      ],
      [2, 'Hỏi Zalo lúc 10 giờ tối, sáng hôm sau mới có trả lời', 'Zalo OA trả lời chậm ngoài giờ hành chính'],
      [3, '38% bỏ giỏ ở bước nhập mã giảm giá', 'Mã giảm giá báo lỗi khi thanh toán'],
    ]);
  });

  it('viewer: the list under the map and each card’s own research, as text', () => {
    const { doc, insights } = researched();
    const data = viewerData(doc, { insights });
    expect(data.research?.lead).toBe('3/4 điểm đau có nghiên cứu đứng sau');
    expect(data.research?.items[2]).toBe('[3] 38% bỏ giỏ ở bước nhập mã giảm giá — Số liệu phân tích');
    const coupon = data.cards.find((c) => c.text === 'Mã giảm giá báo lỗi khi thanh toán')!;
    expect(coupon.research).toHaveLength(2);
    expect(viewerData(doc).research).toBeNull();
  });
});
