import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticMap } from '../../../bench/synthetic';
import { buildDisplayList } from '../../../renderer/src/export/displayList';
import { fontMetrics } from '../../../renderer/src/export/fontMetrics';
import { PAGE_FRAME, planPages, type PageOptions } from '../../../renderer/src/export/pagePlan';
import { planStagePages } from '../../../renderer/src/export/stagePages';
import { METRICS } from '../../../shared/layout/metrics';
import { toPagedPdf } from '../../../renderer/src/export/toPdf';
import { busyMap } from '../../helpers/busyMap';
import { exportFonts } from '../../helpers/exportFonts';

const OUT = join(import.meta.dirname, '..', '..', '..', 'test-results', 'exports');
mkdirSync(OUT, { recursive: true });
const fonts = exportFonts();
const metrics = fontMetrics(fonts);
const date = new Date('2026-11-23T10:00:00Z');

describe('paged PDF', () => {
  const wide = syntheticMap(300); // 11 stages: wider than any paper size at print scale
  const list = buildDisplayList(wide, metrics, { date });

  it.each<PageOptions>([
    { paper: 'a4', orientation: 'landscape', mode: 'tiles' },
    { paper: 'a3', orientation: 'portrait', mode: 'tiles' },
    { paper: 'letter', orientation: 'portrait', mode: 'tiles' },
  ])('never cuts a card across a page edge ($paper $orientation $mode)', (options) => {
    const plan = planPages(list, options);
    expect(plan.pages.length).toBeGreaterThan(1);
    for (const card of list.cards) {
      const home = plan.pages.filter(
        (p) =>
          card.x >= p.x0 - 0.5 &&
          card.x + card.w <= p.x1 + 0.5 &&
          card.y >= p.y0 - 0.5 &&
          card.y + card.h <= p.y1 + 0.5,
      );
      expect(home.length, `card ${card.id} is not whole on any page`).toBeGreaterThan(0);
      const cut = plan.pages.filter(
        (p) => card.x < p.x1 && card.x + card.w > p.x0 && card.y < p.y1 && card.y + card.h > p.y0 && !home.includes(p),
      );
      expect(cut, `card ${card.id} is cut by a page`).toEqual([]);
    }
  });

  it('prints stage by stage without cutting a card: each card whole on one page of its stage', () => {
    const plan = planStagePages(wide, metrics, { date }, { paper: 'letter', orientation: 'portrait' });
    expect(new Set(plan.pages.map((p) => p.stageIndex)).size).toBe(wide.stages.length);
    for (const p of plan.pages) {
      const inside = p.list.cards.filter((c) => c.y >= p.rows.y0 - 0.5 && c.y + c.h <= p.rows.y1 + 0.5);
      const cut = p.list.cards.filter((c) => c.y < p.rows.y1 && c.y + c.h > p.rows.y0 && !inside.includes(c));
      expect(cut).toEqual([]);
      // The page's lanes under the stage header fit its printable height (above the footer).
      expect((p.rows.y1 - p.rows.y0 + METRICS.headerHeight) * p.scale).toBeLessThanOrEqual(
        plan.pageH - 2 * plan.margin - PAGE_FRAME.footer + 0.5,
      );
    }
    wide.stages.forEach((_, i) => {
      const pages = plan.pages.filter((p) => p.stageIndex === i);
      const shown = pages.flatMap((p) =>
        p.list.cards.filter((c) => c.y >= p.rows.y0 - 0.5 && c.y + c.h <= p.rows.y1 + 0.5).map((c) => c.id),
      );
      const own = wide.cards.filter((c) => {
        const first = wide.stages.findIndex((s) => s.id === c.stageId);
        return first <= i && i < first + c.stageSpan && !wide.lanes.find((l) => l.id === c.laneId)?.hidden;
      });
      expect(shown.sort()).toEqual(own.map((c) => c.id).sort());
    });
  });

  it('writes A4 landscape pages with the text, the headers on every page and a footer', async () => {
    const doc = busyMap(40);
    const small = buildDisplayList(doc, metrics, { date });
    const { bytes, pages } = await toPagedPdf(small, fonts, doc.title, {
      paper: 'a4',
      orientation: 'landscape',
      mode: 'tiles',
    });
    const file = join(OUT, 'map-a4.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\b`));
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    for (let n = 1; n <= pages; n++) {
      const page = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-raw', file, '-'], {
        encoding: 'utf8',
      });
      expect(page).toContain(`Trang ${n}/${pages}`);
      expect(page).toContain(doc.title);
      expect(page).toMatch(/Nhận thức|Tìm hiểu|Quyết định|Hành động|Trung thành/);
    }
    const all = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const card of doc.cards) expect(all).toContain(card.text.split(' ').slice(0, 4).join(' '));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(OUT, 'map-a4')]);
  });
});
