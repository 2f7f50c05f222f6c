import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticMap } from '../../../bench/synthetic';
import { buildDisplayList } from '../../../renderer/src/export/displayList';
import { fontMetrics } from '../../../renderer/src/export/fontMetrics';
import {
  ExportRefusal,
  MIN_FIT_TEXT_PT,
  PAGE_FRAME,
  planFitPage,
  planPages,
  sheetUse,
  TILE_TEXT_PT,
} from '../../../renderer/src/export/pagePlan';
import { planStagePages } from '../../../renderer/src/export/stagePages';
import { toFitPdf, toPagedPdf, toStagesPdf } from '../../../renderer/src/export/toPdf';
import { METRICS } from '../../../shared/layout/metrics';
import { CARD_TYPES } from '../../../shared/model/constants';
import { addCard } from '../../../shared/model/operations';
import { createMapFromTemplate } from '../../../shared/templates/createMap';
import { EXAMPLES, createExampleMap } from '../../../shared/templates/examples';
import { busyMap } from '../../helpers/busyMap';
import { exportFonts } from '../../helpers/exportFonts';
import { pageColours, pageCoverage } from '../../helpers/pageInk';
import { comparePdfPage } from '../../helpers/pdfReference';

const OUT = join(import.meta.dirname, '..', '..', '..', 'test-results', 'exports');
mkdirSync(OUT, { recursive: true });
const fonts = exportFonts();
const metrics = fontMetrics(fonts);
const date = new Date('2026-11-23T10:00:00Z');
const text = (file: string) =>
  execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('nothing cut in exports', () => {
  it('wraps long stage names inside their header and keeps −3/+3 emotion labels inside the band', () => {
    let doc = createExampleMap('shopee-retail', date)!;
    doc = {
      ...doc,
      stages: doc.stages.map((s, i) =>
        i === 1 ? { ...s, name: 'Tìm hiểu và so sánh giữa các sàn thương mại điện tử' } : s,
      ),
      emotions: doc.emotions.map((e, i) => ({
        ...e,
        score: i % 2 ? -3 : 3,
        label: i === 0 ? 'Rất tò mò nhưng vẫn còn lo lắng về hàng giả và giá cả trên sàn' : e.label,
      })),
    };
    const list = buildDisplayList(doc, metrics, { date });
    const texts = list.items.filter((i) => i.kind === 'text');
    const header = { y0: list.offset.y, y1: list.offset.y + METRICS.headerHeight };
    for (const st of list.layout.stages) {
      const x0 = list.offset.x + st.x;
      const inHeader = texts.filter((t) => t.y > header.y0 && t.y <= header.y1 && t.x >= x0 && t.x < x0 + st.width);
      for (const t of inHeader) {
        expect(t.x + metrics.width(t.text, t.size, t.bold) <= x0 + st.width + 0.5).toBe(true);
        expect(t.text.endsWith('…')).toBe(false);
      }
    }
    const band = list.layout.lanes.find((l) => l.lane.type === 'emotion')!;
    const [top, bottom] = [list.offset.y + band.y, list.offset.y + band.y + band.height];
    const labels = texts.filter((t) => t.fill === '#78350f');
    expect(labels.length).toBeGreaterThan(doc.emotions.length);
    for (const t of labels) {
      expect(t.y - t.size).toBeGreaterThanOrEqual(top);
      expect(t.y + 3).toBeLessThanOrEqual(bottom);
    }
  });
});

describe('no text leaves its box in an export', () => {
  it.each(['tesla', 'shopee-retail', 'synthetic'])('%s: card texts stay in their card, all text on the page', (id) => {
    const doc = id === 'synthetic' ? syntheticMap(300) : createExampleMap(id, date)!;
    const list = buildDisplayList(doc, metrics, { date });
    const texts = list.items.filter((i): i is Extract<typeof i, { kind: 'text' }> => i.kind === 'text');
    const outside: string[] = [];
    for (const t of texts) {
      const right = t.x + metrics.width(t.text, t.size, t.bold);
      if (t.x < 0 || right > list.width + 0.5 || t.y > list.height) outside.push(t.text);
      const card = list.cards.find((c) => t.x >= c.x && t.x < c.x + c.w && t.y > c.y && t.y < c.y + c.h);
      if (card && (right > card.x + card.w + 0.5 || t.y + 3 > card.y + card.h)) outside.push(t.text);
    }
    expect(outside).toEqual([]);
  });
});

describe('the title block on a narrow map', () => {
  it.each(['en', 'vi'] as const)('keeps its legend inside the right margin, every card type used (%s)', (language) => {
    let doc = createMapFromTemplate({ kind: 'current-state', language, title: 'Một giai đoạn' });
    doc = { ...doc, stages: doc.stages.slice(0, 1) };
    const lane = doc.lanes.find((l) => l.type === 'cards')!;
    for (const type of CARD_TYPES)
      doc = addCard(doc, { laneId: lane.id, stageId: doc.stages[0]!.id, type, text: type });
    const margin = 24;
    const list = buildDisplayList(doc, metrics, { date, margin });
    const head = list.items.filter((i) => i.kind === 'text' && i.y < list.offset.y) as Extract<
      (typeof list.items)[number],
      { kind: 'text' }
    >[];
    expect(head.length).toBeGreaterThan(CARD_TYPES.length);
    for (const t of head)
      expect(t.x + metrics.width(t.text, t.size, t.bold), t.text).toBeLessThanOrEqual(list.width - margin + 0.5);
    for (const r of list.items.filter((i) => i.kind === 'rect' && i.y < list.offset.y) as Extract<
      (typeof list.items)[number],
      { kind: 'rect' }
    >[])
      expect(r.x + r.w).toBeLessThanOrEqual(list.width - margin + 0.5);
  });
});

describe('long lane names', () => {
  it('wrap whole inside their label in exports, the lane growing to hold them', () => {
    const base = createExampleMap('shopee-retail', date)!;
    const name = 'Điểm chạm & kênh tương tác trực tuyến lẫn ngoại tuyến của khách hàng trong suốt hành trình mua sắm';
    const doc = { ...base, lanes: base.lanes.map((l, i) => (i === 0 ? { ...l, name } : l)) };
    const list = buildDisplayList(doc, metrics, { date });
    const lane = list.layout.lanes[0]!;
    const [top, bottom] = [list.offset.y + lane.y, list.offset.y + lane.y + lane.height];
    const inLabel = list.items.filter(
      (i): i is Extract<typeof i, { kind: 'text' }> =>
        i.kind === 'text' && i.x < list.offset.x + METRICS.laneLabelWidth && i.y > top && i.y < bottom,
    );
    expect(inLabel.map((t) => t.text).join(' ')).toBe(name);
    for (const t of inLabel) {
      expect(t.x + metrics.width(t.text, t.size, t.bold)).toBeLessThanOrEqual(list.offset.x + METRICS.laneLabelWidth);
      expect(t.y + 4).toBeLessThanOrEqual(bottom);
    }
  });
});

describe('report-ready PDF', () => {
  it.each(['tesla', 'shopee-retail'])(
    'fits the %s example on one A4 page with its title block, text ≥ 6 pt',
    async (id) => {
      const doc = createExampleMap(id, date)!;
      const list = buildDisplayList(doc, metrics, { date });
      const plan = planFitPage(list, { paper: 'a4', orientation: 'landscape' });
      expect(plan.textPt).toBeGreaterThanOrEqual(MIN_FIT_TEXT_PT);
      const file = join(OUT, `fit-a4-${id}.pdf`);
      writeFileSync(file, await toFitPdf(list, fonts, doc.title, { paper: 'a4', orientation: 'landscape' }));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+1\b/);
      expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
      const all = text(file);
      expect(all).toContain(doc.title.split(' ').slice(0, 3).join(' '));
      if (doc.persona.name) expect(all).toContain(doc.persona.name.split(' ').slice(0, 2).join(' '));
      for (const card of doc.cards) expect(all).toContain(card.text.split(/\s+/).slice(0, 3).join(' '));
      // The page as poppler draws it, against the reviewed picture.
      const { diff, size } = comparePdfPage(file, `fit-a4-${id}`);
      expect(diff / size).toBeLessThan(0.002);
    },
  );

  it('refuses one A4 page for a 1,000-card map, saying how small the text would be and what to choose', () => {
    const list = buildDisplayList(syntheticMap(1000), metrics, { date });
    let refusal: unknown = null;
    try {
      planFitPage(list, { paper: 'a4', orientation: 'landscape' });
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(ExportRefusal);
    expect((refusal as ExportRefusal).i18n.key).toBe('export.errors.fitTooSmall');
    expect((refusal as ExportRefusal).message).toMatch(/A3|tiled/);
  });

  it('tiles a 1,000-card map at readable size (≥ 8 pt) and every card text comes back from pdftotext', async () => {
    const doc = syntheticMap(1000);
    const list = buildDisplayList(doc, metrics, { date });
    const options = { paper: 'a4', orientation: 'landscape', mode: 'tiles' } as const;
    const plan = planPages(list, options);
    expect(METRICS.fontSize * plan.scale).toBeGreaterThanOrEqual(TILE_TEXT_PT - 0.01);
    const file = join(OUT, 'tiles-a4-1000.pdf');
    const { bytes } = await toPagedPdf(list, fonts, doc.title, options);
    writeFileSync(file, bytes);
    const all = text(file);
    const expected = doc.cards.map((c) => c.text.split(/\s+/).slice(0, 3).join(' '));
    const found = expected.filter((t) => all.includes(t)).length;
    expect(found).toBe(expected.length);
    // No half-empty pages: narrow one-stage windows share a page (the last page may be short).
    const filled = sheetUse(plan, METRICS.laneLabelWidth, METRICS.headerHeight);
    expect(filled.slice(0, -1).filter((f) => f < 0.5)).toEqual([]);
    expect(
      pageCoverage(file, plan.margin, PAGE_FRAME.footer)
        .slice(0, -1)
        .filter((f) => f < 0.5),
    ).toEqual([]);
    console.log(`tiles: ${plan.sheets.length} pages for ${doc.cards.length} cards`);
  }, 120_000);

  it('prints the whole persona in the title block: photo, name, quote, goals and frustrations', async () => {
    const doc = createExampleMap('tesla', date)!;
    const photo = `data:image/png;base64,${readFileSync(join(import.meta.dirname, '../../../resources/icon.png')).toString('base64')}`;
    const persona = {
      name: 'Minh Anh, 34',
      quote: 'I want to know the real cost before I visit.',
      goals: ['Own an EV that fits the family budget'],
      frustrations: ['Prices change between the website and the showroom'],
      photo,
    };
    const list = buildDisplayList(doc, metrics, { date, persona });
    const file = join(OUT, 'fit-a4-persona.pdf');
    writeFileSync(file, await toFitPdf(list, fonts, doc.title, { paper: 'a4', orientation: 'landscape' }));
    const all = text(file);
    for (const words of ['Minh Anh, 34', 'real cost before', 'Frustrations', 'Prices change between', 'family budget'])
      expect(all).toContain(words);
    // The photo is one embedded image, drawn once.
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.filter((l) => /^\s*\d+\s+\d+\s+image\b/.test(l))).toHaveLength(1);
    // A picture that is not a JPEG/PNG data URL never reaches the file.
    const hostile = buildDisplayList(doc, metrics, {
      date,
      persona: { ...persona, photo: 'https://example.com/x.png' },
    });
    const bytes = await toFitPdf(hostile, fonts, doc.title, { paper: 'a4', orientation: 'landscape' });
    writeFileSync(join(OUT, 'fit-a4-hostile-photo.pdf'), bytes);
    expect(
      execFileSync('pdfimages', ['-list', join(OUT, 'fit-a4-hostile-photo.pdf')], { encoding: 'utf8' })
        .trim()
        .split('\n'),
    ).toHaveLength(2);
  });

  it('ends every page with the title, the date as the map’s language writes it, and page n of N', async () => {
    const vi = createExampleMap('shopee-retail', date)!;
    const one = join(OUT, 'footer-fit-vi.pdf');
    const list = buildDisplayList(vi, metrics, { date });
    writeFileSync(one, await toFitPdf(list, fonts, vi.title, { paper: 'a4', orientation: 'landscape' }));
    const page = text(one);
    expect(page).toContain('23/11/2026 · Trang 1/1');
    expect(page).toContain(vi.title.split(' ').slice(0, 4).join(' '));
    const en = createExampleMap('tesla', date)!;
    const tiles = join(OUT, 'footer-tiles-en.pdf');
    const options = { paper: 'a4', orientation: 'landscape', mode: 'tiles' } as const;
    const { pages } = await toPagedPdf(buildDisplayList(en, metrics, { date }), fonts, en.title, options).then(
      async (r) => (writeFileSync(tiles, r.bytes), r),
    );
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++) {
      const footer = execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, '-raw', tiles, '-'], { encoding: 'utf8' });
      expect(footer.replace(/\s+/g, ' ')).toContain(`23 Nov 2026 · Page ${n} of ${pages}`);
    }
  });

  it('puts the title block on page 1 of tiled pages, above the first window', async () => {
    const doc = createExampleMap('shopee-retail', date)!;
    const list = buildDisplayList(doc, metrics, { date });
    const options = { paper: 'a4', orientation: 'landscape', mode: 'tiles' } as const;
    const plan = planPages(list, options);
    expect(plan.title).not.toBeNull();
    const file = join(OUT, 'tiles-a4-shopee.pdf');
    writeFileSync(file, (await toPagedPdf(list, fonts, doc.title, options)).bytes);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-raw', file, '-'], { encoding: 'utf8' });
    expect(first.replace(/\s+/g, ' ')).toContain(doc.title.split(' ').slice(0, 3).join(' '));
    expect(first).toContain(doc.stages[0]!.name.split(' ')[0]!);
    const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-raw', file, '-'], { encoding: 'utf8' });
    expect(second).not.toContain('LOẠI THẺ');
    console.log(`tiles shopee: ${plan.sheets.length} pages, cover: ${plan.title!.cover}`);
  });

  it.each(['tesla', 'shopee-retail', 'service-visit', 'day-office-worker'])(
    'prints %s stage by stage: one whole stage a page, pages at least 60 percent used, card text 9 pt or more',
    async (id) => {
      const doc = createExampleMap(id, date)!;
      const plan = planStagePages(doc, metrics, { date }, { paper: 'a4', orientation: 'landscape' });
      expect(plan.pages.map((p) => p.stageIndex)).toEqual(doc.stages.map((_, i) => i));
      for (const p of plan.pages) expect(p.scale * METRICS.fontSize).toBeGreaterThanOrEqual(9 - 1e-9);
      const file = join(OUT, `stages-a4-${id}.pdf`);
      writeFileSync(file, (await toStagesPdf(plan, fonts, doc.title)).bytes);
      const coverage = pageCoverage(file, plan.margin, PAGE_FRAME.footer);
      expect(coverage.filter((f) => f < 0.6)).toEqual([]);
      doc.stages.forEach((stage, i) => {
        const page = execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, file, '-'], { encoding: 'utf8' });
        expect(page).toContain(stage.name.split(' ')[0]!);
        // Every card of the stage is on its page, and no other stage's name is.
        for (const c of doc.cards.filter((c) => c.stageId === stage.id))
          expect(page.replace(/\s+/g, ' ')).toContain(c.text.split(/\s+/).slice(0, 2).join(' '));
        for (const other of doc.stages.filter((s) => s !== stage && !s.name.includes(stage.name)))
          expect(page.split('\n').map((l) => l.trim())).not.toContain(other.name);
      });
      // The title block sits on page 1 above the first stage, never alone on a cover.
      const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
      expect(first.replace(/\s+/g, ' ')).toContain(doc.title.split(' ').slice(0, 3).join(' '));
      console.log(`stages ${id}: ${plan.pages.length} pages, ${coverage.map((f) => f.toFixed(2)).join(' ')}`);
    },
  );

  it('continues a stage too tall for its page between whole lanes, never beside a blueprint line', () => {
    let doc = createExampleMap('service-visit', date)!;
    // Forty cards in one lane of the first stage: more than a page holds at 9 pt.
    const lane = doc.lanes.find((l) => l.type === 'cards')!;
    for (let i = 0; i < 40; i++)
      doc = addCard(doc, { laneId: lane.id, stageId: doc.stages[0]!.id, text: `Extra step ${i} `.repeat(6) });
    const plan = planStagePages(doc, metrics, { date }, { paper: 'a4', orientation: 'landscape' });
    const first = plan.pages.filter((p) => p.stageIndex === 0);
    expect(first.length).toBeGreaterThan(1);
    const lanes = first[0]!.list.layout.lanes;
    for (const p of first.slice(0, -1)) {
      const i = lanes.findIndex((l) => Math.abs(l.y + l.height - p.rows.y1) < 0.5);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(lanes[i]!.lane.type).not.toBe('line');
      expect(lanes[i + 1]!.lane.type).not.toBe('line');
    }
    expect(first.at(-1)!.rows.y1).toBeCloseTo(lanes.at(-1)!.y + lanes.at(-1)!.height);
    expect(plan.pages.filter((p) => p.stageIndex > 0).map((p) => p.parts)).toEqual(doc.stages.slice(1).map(() => 1));
  });

  it.each([
    ...EXAMPLES.map((e) => [e.id, () => createExampleMap(e.id, date)!] as const),
    ['40 busy cards', () => busyMap(40)] as const,
  ])(
    'tiles %s with no page more than half empty but the last, the curve carried across every page edge it crosses',
    async (name, make) => {
      const doc = make();
      const list = buildDisplayList(doc, metrics, { date });
      const options = { paper: 'a4', orientation: 'landscape', mode: 'tiles' } as const;
      const plan = planPages(list, options);
      const file = join(OUT, `tiles-a4-${name.replace(' ', '-')}.pdf`);
      writeFileSync(file, (await toPagedPdf(list, fonts, doc.title, options)).bytes);
      const coverage = pageCoverage(file, plan.margin, PAGE_FRAME.footer);
      console.log(`tiles ${name}: ${coverage.length} pages, ${coverage.map((f) => f.toFixed(2)).join(' ')}`);
      expect(coverage.slice(0, -1).filter((f) => f < 0.5)).toEqual([]);
      if (doc.emotions.length < 2) return;
      // Where a page's window cuts through the curve, the curve's orange reaches that edge.
      const dpi = 72;
      const k = dpi / 72;
      const pages = pageColours(file, dpi);
      const lane = list.layout.lanes.find((l) => l.lane.type === 'emotion')!;
      const points = list.layout.emotion!.points.map((p) => list.offset.x + p.x);
      const [y0, y1] = [list.offset.y + lane.y, list.offset.y + lane.y + lane.height];
      let checked = 0;
      plan.sheets.forEach((windows, n) => {
        const head = n === 0 && plan.title && !plan.title.cover ? plan.title.height * plan.scale : 0;
        for (const w of windows) {
          const bodyLeft = plan.margin + (w.left + METRICS.laneLabelWidth) * plan.scale;
          const bodyRight = bodyLeft + (w.x1 - w.x0) * plan.scale;
          if (w.y0 > y0 + 0.5 || w.y1 < y1 - 0.5) continue;
          const bandTop = plan.margin + head + (w.top + METRICS.headerHeight + y0 - w.y0) * plan.scale;
          const bandBottom = bandTop + lane.height * plan.scale;
          const orangeAt = (x: number) => {
            const { w: pw, rgb } = pages[n]!;
            for (let y = Math.ceil(bandTop * k); y < bandBottom * k; y++)
              for (let px = Math.round(x * k) - 2; px <= Math.round(x * k) + 2; px++) {
                const i = (y * pw + px) * 3;
                // The curve's amber (#d97706), softened at its edges by anti-aliasing.
                if (rgb[i]! > 180 && rgb[i + 1]! > 80 && rgb[i + 1]! < 190 && rgb[i + 2]! < 130) return true;
              }
            return false;
          };
          if (points[0]! < w.x0 - 1) {
            expect(orangeAt(bodyLeft + 3), `page ${n + 1}: the curve comes in at the left edge`).toBe(true);
            checked += 1;
          }
          if (points.at(-1)! > w.x1 + 1) {
            expect(orangeAt(bodyRight - 3), `page ${n + 1}: the curve leaves at the right edge`).toBe(true);
            checked += 1;
          }
        }
      });
      if (plan.sheets.length > 1) expect(checked).toBeGreaterThan(0);
    },
    120_000,
  );

  it('tiles a 300-card map with tall unbreakable cells leaving at most two pages half empty', async () => {
    const doc = syntheticMap(300);
    const list = buildDisplayList(doc, metrics, { date });
    const options = { paper: 'a4', orientation: 'landscape', mode: 'tiles' } as const;
    const plan = planPages(list, options);
    const file = join(OUT, 'tiles-a4-300.pdf');
    writeFileSync(file, (await toPagedPdf(list, fonts, doc.title, options)).bytes);
    const coverage = pageCoverage(file, plan.margin, PAGE_FRAME.footer);
    expect(coverage.slice(0, -1).filter((f) => f < 0.5).length).toBeLessThanOrEqual(2);
  }, 120_000);
});
