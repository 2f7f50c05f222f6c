// The insight library and the backlog at scale: 10,000 insights cited by cards of 100 maps,
// 1,000 opportunities. Queries in the library (Node, as the library thread runs them) and the
// backlog's matrix opening in Chromium, each against what the person sees without it.
import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLibraryServices } from '../electron/main/library/services';
import { attachBridge } from '../electron/chromium/attachBridge';
import { blankInsight, type InsightFields } from '../shared/model/insight';
import { INSIGHT_SOURCES } from '../shared/model/constants';
import { LIMITS } from '../shared/model/limits';
import { addOpportunity, citeInsights, updateOpportunity } from '../shared/model/operations';
import { stubFileServices } from '../tests/helpers/fileStubs';
import { median, stats } from './measure';
import { SAMPLE_TEXTS, syntheticMap } from './synthetic';

export interface ResearchRow {
  what: string;
  size: number;
  value: number;
  baseline: number | null;
  unit: string;
  min?: number;
  max?: number;
}

const INSIGHTS = 10_000;
const MAPS = 100;
const OPPORTUNITIES_PER_MAP = 10;
/** The most opportunities one map holds (LIMITS.opportunities): the matrix's worst case. */
const BIG = LIMITS.opportunities;
/** Words people search their notes for, typed without accents as they often are. */
const QUERIES = ['khong co thoi gian', 'giao hang', 'ma giam gia', 'thanh toan', 'checkout', 'zalo', 'gia', 'tra loi'];
const WORDS = ['Không có thời gian', 'Giao hàng chậm', 'Mã giảm giá lỗi', 'Thanh toán khó', 'Zalo trả lời muộn'];

function insights(): InsightFields[] {
  return Array.from({ length: INSIGHTS }, (_, i) => ({
    ...blankInsight(`${WORDS[i % WORDS.length]} — ${SAMPLE_TEXTS[i % SAMPLE_TEXTS.length]} (${i})`),
    source: INSIGHT_SOURCES[i % INSIGHT_SOURCES.length]!,
    who: `P${i % 40}`,
  }));
}

/** Runs `fn` `n` times and returns every duration, in ms. */
function timings(fn: (i: number) => unknown, n = 40): number[] {
  return Array.from({ length: n }, (_, i) => {
    const t = performance.now();
    fn(i);
    return performance.now() - t;
  });
}

export async function researchBench(
  browser: Browser,
  appUrl: string,
  bridgeScript: string,
  runs: number,
): Promise<ResearchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-research-'));
  const lib = createLibraryServices(dir);
  const rows: ResearchRow[] = [];
  try {
    const all: string[] = [];
    for (let i = 0; i < INSIGHTS; i += 5000) all.push(...lib.insights.createMany(insights().slice(i, i + 5000)).ids);
    let mapWithBacklog = '';
    for (let m = 0; m < MAPS; m++) {
      let doc = { ...syntheticMap(60), title: `Research ${m}` };
      // Each card cites three insights: 18,000 citations in all.
      for (const [k, card] of doc.cards.entries())
        doc = citeInsights(
          doc,
          [card.id],
          [0, 1, 2].map((j) => all[(m * 180 + k * 3 + j) % all.length]!),
        );
      for (let o = 0; o < OPPORTUNITIES_PER_MAP; o++) {
        doc = addOpportunity(doc, {
          id: `o${o}`,
          title: `Opportunity ${m}.${o}`,
          cardIds: [doc.cards[o]!.id],
          createdAt: doc.updatedAt,
        });
        doc = updateOpportunity(doc, `o${o}`, { customerValue: 1 + (o % 5), effort: 1 + ((o * 3) % 5) });
      }
      const id = lib.maps.importDocument(doc).id;
      if (m === 0) mapWithBacklog = id;
    }
    const row = (what: string, values: number[]) => {
      const s = stats(values);
      rows.push({ what: `research: ${what} p50`, size: INSIGHTS, value: s.p50, baseline: null, unit: 'ms' });
      rows.push({ what: `research: ${what} p95`, size: INSIGHTS, value: s.p95, baseline: null, unit: 'ms' });
    };
    const page = { source: null, limit: 100, offset: 0 } as const;
    row(
      'search 10,000 insights (accent-blind, first 100 with card counts)',
      timings((i) => lib.insights.list({ ...page, query: QUERIES[i % QUERIES.length]! })),
    );
    row(
      'list the newest 100 insights with card counts',
      timings(() => lib.insights.list({ ...page, query: '' })),
    );
    const cited = lib.maps.load(mapWithBacklog).document.cards.flatMap((c) => c.insights);
    row(
      `read the ${new Set(cited).size} insights one map cites`,
      timings(() => lib.insights.byIds(cited)),
    );
    row(
      'the cards citing one insight, across the library',
      timings((i) => lib.insights.citations(all[i * 37]!)),
    );
    row(
      `the whole library's backlog (${MAPS * OPPORTUNITIES_PER_MAP} opportunities)`,
      timings(() => lib.insights.backlog(), 20),
    );

    // The matrix in Chromium: a map with the most opportunities a map holds, from the press of
    // Backlog to the matrix drawn with every point, against the same press on a map with none
    // (the view's frame alone).
    let big = { ...syntheticMap(60), title: 'Big backlog' };
    for (let o = 0; o < BIG; o++) {
      big = addOpportunity(big, {
        id: `b${o}`,
        title: `Opportunity ${o}`,
        cardIds: [big.cards[o % 60]!.id],
        createdAt: big.updatedAt,
      });
      big = updateOpportunity(big, `b${o}`, {
        customerValue: 1 + (o % 5),
        effort: 1 + ((o * 7) % 5),
        owner: `Team ${o % 6}`,
      });
    }
    const bigId = lib.maps.importDocument(big).id;
    const empty = lib.maps.importDocument({ ...syntheticMap(60), title: 'No backlog' }).id;
    const opened = { backlog: [] as number[], none: [] as number[] };
    const services = { library: lib, files: stubFileServices({ saveDir: dir, importPath: null, saved: [] }) };
    for (let run = 0; run < runs; run++)
      for (const side of run % 2 === 0 ? (['backlog', 'none'] as const) : (['none', 'backlog'] as const)) {
        const tab = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        await attachBridge(tab, services, appUrl, bridgeScript);
        await tab.goto(`${appUrl}#map=${side === 'backlog' ? bigId : empty}`);
        await tab.locator('.react-flow__node-card').first().waitFor();
        const want = side === 'backlog' ? BIG : 0;
        opened[side].push(
          await tab.evaluate(async (want) => {
            const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
            const start = performance.now();
            document.querySelector<HTMLButtonElement>('.backlog-toggle')!.click();
            for (;;) {
              const view = document.querySelector('.backlog');
              if (view && document.querySelectorAll('.matrix-point').length >= want) break;
              await frame();
            }
            await frame();
            return performance.now() - start;
          }, want),
        );
        await tab.close();
      }
    rows.push({
      what: `research: open the backlog's matrix and ranked table, ${BIG} opportunities (vs an empty backlog)`,
      size: BIG,
      value: median(opened.backlog),
      baseline: median(opened.none),
      unit: 'ms',
      min: Math.min(...opened.backlog),
      max: Math.max(...opened.backlog),
    });
  } finally {
    lib.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
