import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backlogPage } from '../../../renderer/src/export/backlogPage';
import { fontMetrics } from '../../../renderer/src/export/fontMetrics';
import { buildBacklogPptx } from '../../../renderer/src/export/pptx/backlogSlide';
import { toBacklogPdf } from '../../../renderer/src/export/toPdf';
import type { BacklogRowSource } from '../../../shared/exchange/backlogTable';
import type { Opportunity } from '../../../shared/model/types';
import { exportFonts } from '../../helpers/exportFonts';
import { deckSlides } from '../../helpers/pptxShapes';

const dir = mkdtempSync(join(tmpdir(), 'waymark-backlog-exports-'));
const fonts = exportFonts();
const metrics = fontMetrics(fonts);

const opportunity = (
  id: string,
  title: string,
  customerValue: number | null,
  effort: number | null,
  status: Opportunity['status'] = 'idea',
): BacklogRowSource => ({
  opportunity: {
    id,
    title,
    description: '',
    cardIds: [],
    owner: '',
    status,
    customerValue,
    businessValue: null,
    effort,
    createdAt: '2026-12-08T10:00:00.000Z',
  },
  mapTitle: 'Mua hàng',
  dots: 0,
  cards: [],
});

const ROWS = [
  opportunity('a', 'Chatbot trả lời ngoài giờ', 3, 5, 'in-progress'),
  opportunity('b', 'Tem chống giả quét bằng Zalo', 5, 2, 'planned'),
  opportunity('c', 'Kiểm tra mã ngay trong giỏ', 4, 3),
  opportunity('d', 'Nhóm khách quen', null, null),
  opportunity('e', 'Giao hàng trong 2 giờ ở Hà Nội', 5, 2),
];

describe("the backlog's slide and page", () => {
  it('PDF: one A4 landscape page, the matrix numbered by rank and the ranked list, as pdftotext reads it', async () => {
    const page = { w: 841.89, h: 595.28, margin: 36 };
    const file = join(dir, 'backlog.pdf');
    writeFileSync(
      file,
      await toBacklogPdf(
        backlogPage(ROWS, 'customerValue', 'vi', 'Mua hàng', metrics, page),
        metrics,
        fonts,
        'Mua hàng',
        page,
      ),
    );
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
      /Pages:\s+1\n[\s\S]*Page size:\s+841\.89 x 595\.28/,
    );
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Danh sách cơ hội — Mua hàng');
    for (const q of ['Làm ngay', 'Đầu tư lớn', 'Làm khi rảnh', 'Tốn công']) expect(text).toContain(q);
    // Ranked: 5/2 twice (by title), then 4/3, 3/5, the unscored last.
    const order = [
      'Giao hàng trong 2 giờ ở Hà Nội',
      'Tem chống giả quét bằng Zalo',
      'Kiểm tra mã ngay trong giỏ',
      'Chatbot trả lời ngoài giờ',
      'Nhóm khách quen',
    ];
    const at = order.map((t) => text.indexOf(t));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, 'backlog-page')]);
  });

  it('PowerPoint: one slide, the points native circles numbered in their status colours, the list a native table', async () => {
    const bytes = await buildBacklogPptx(ROWS, 'customerValue', 'en', 'Checkout', metrics);
    writeFileSync(join(dir, 'backlog.pptx'), bytes);
    const [slide, ...more] = await deckSlides(bytes);
    expect(more).toHaveLength(0);
    const points = slide!.shapes.filter((s) => s.geometry === 'ellipse');
    // The unscored one has no point.
    expect(points.map((p) => p.text).sort()).toEqual(['1', '2', '3', '4']);
    expect(points.find((p) => p.text === '4')!.fill).toBe('18794E');
    // Quick wins top left: the first two (value 5, effort 2) sit left of and above the fourth (3, 5).
    const p1 = points.find((p) => p.text === '1')!;
    const p4 = points.find((p) => p.text === '4')!;
    expect(p1.x).toBeLessThan(p4.x);
    expect(p1.y).toBeLessThan(p4.y);
    expect(slide!.xml).toContain('<a:tbl>');
    for (const t of ['Quick wins', 'Time sinks', 'Giao hàng trong 2 giờ ở Hà Nội', 'Nhóm khách quen'])
      expect(slide!.xml).toContain(t);
    expect(Math.min(...slide!.shapes.flatMap((s) => s.sizes))).toBeGreaterThanOrEqual(12);
  });
});
