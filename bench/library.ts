// The map library with many maps: main-process list and search, and the library screen in
// Chromium (open until the list is on screen, and a search until its result shows).
import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLibraryServices } from '../electron/main/library/services';
import { createExampleMap, EXAMPLES } from '../shared/templates/examples';
import { attachBridge } from '../electron/chromium/attachBridge';
import { stubFileServices } from '../tests/helpers/fileStubs';
import { stats } from './measure';
import { syntheticMap } from './synthetic';

export interface LibraryRow {
  what: string;
  ms: number;
}

export async function libraryBench(
  browser: Browser,
  appUrl: string,
  maps: number,
  bridgeScript: string,
): Promise<LibraryRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-lib-'));
  const lib = createLibraryServices(dir);
  const rows: LibraryRow[] = [];
  try {
    const seedStart = performance.now();
    for (let i = 0; i < maps; i++) {
      const doc =
        i % 5 === 4
          ? { ...syntheticMap(60), title: `Synthetic ${i}` }
          : { ...createExampleMap(EXAMPLES[i % EXAMPLES.length]!.id, new Date())!, title: `Map ${i}` };
      // One map holds a word no other map has, for the search timing.
      if (i === Math.floor(maps / 2))
        doc.cards = doc.cards.map((c, k) => (k === 0 ? { ...c, text: 'zebracrossing' } : c));
      lib.maps.importDocument(doc);
    }
    rows.push({
      what: `seed ${maps} maps (insert + thumbnail + index), per map`,
      ms: (performance.now() - seedStart) / maps,
    });
    const time = (fn: () => unknown, n = 20) =>
      stats(
        Array.from({ length: n }, () => {
          const t = performance.now();
          fn();
          return performance.now() - t;
        }),
      ).p50;
    rows.push({ what: `list ${maps} maps with thumbnails (main process) p50`, ms: time(() => lib.maps.list()) });
    rows.push({
      what: `search ${maps} maps for a word in one card (main process) p50`,
      ms: time(() => lib.maps.list({ query: 'zebracrossing' })),
    });
    rows.push({ what: `list sorted by title p50`, ms: time(() => lib.maps.list({ sort: 'title' })) });

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await attachBridge(
      page,
      { library: lib, files: stubFileServices({ saveDir: dir, importPath: null, saved: [] }) },
      appUrl,
      bridgeScript,
    );
    const opens: number[] = [];
    const searches: number[] = [];
    for (let run = 0; run < 3; run++) {
      const t = performance.now();
      await page.goto(appUrl);
      await page
        .locator('.map-item')
        .nth(maps - 1)
        .waitFor({ state: 'attached' });
      await page.locator('.map-thumb img').first().waitFor();
      opens.push(performance.now() - t);
      const s = performance.now();
      await page.getByRole('searchbox').fill('zebracrossing');
      await page.locator('.map-item').nth(1).waitFor({ state: 'detached' });
      searches.push(performance.now() - s);
    }
    rows.push({ what: `library screen with ${maps} maps: open until listed (Chromium) p50`, ms: stats(opens).p50 });
    rows.push({
      what: `library screen: type a search until one map is left (incl. 150 ms debounce) p50`,
      ms: stats(searches).p50,
    });
    await page.close();
  } finally {
    lib.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
