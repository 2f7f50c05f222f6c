import type { Browser, Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LibraryServices } from '../electron/main/library/services';
import { attachBridge } from '../electron/chromium/attachBridge';
import { stubFileServices, type DialogAnswers } from '../tests/helpers/fileStubs';
import { openToInteractive, recordFrames, type Stats } from './measure';
import { peakMemoryDuring } from './processMemory';

export interface ExportFigures {
  pngScale: number;
  waymark: { pdfMs: number; pdfBytes: number; pngMs: number; pngBytes: number; svgMs: number; svgBytes: number };
  htmlToImage: { pngMs: number; pngBytes: number; svgMs: number; svgBytes: number };
  /** The editor's frame intervals while the PDF was being made (the export runs on its own thread). */
  framesDuringPdf: Stats;
  /** From a click on Cancel until the export's progress is gone, mid-way through a tiled PDF. */
  cancelMs: number;
  /** The PNG at 3×: size in px, time, file size, and how far Chromium's memory rose. */
  png3x: { width: number; height: number; ms: number; bytes: number; peakMB: number };
}

/** Starts a tiled A4 PDF, waits until it is under way, clicks Cancel and times until it has stopped. */
async function cancelLatency(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByLabel(/Tiled pages/).check();
  await dialog.getByRole('button', { name: 'Export' }).click();
  await page
    .getByTestId('export-progress')
    .getByText(/layout|drawing|page/i)
    .waitFor({ timeout: 30_000 });
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const progress = document.querySelector('[data-testid="export-progress"]');
        // A small map's export can finish before Cancel is reached: nothing to time then.
        if (!progress) return resolve(NaN);
        const cancel = progress.querySelector('button')!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-testid="export-progress"]')) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        cancel.click();
      }),
  );
  await page.getByTestId('notice').waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  return ms;
}

/**
 * Waymark's exports against html-to-image on the same canvas in the same page: Waymark's are
 * timed from the menu click to the bytes reaching the main process's save handler.
 */
export async function exportBench(
  browser: Browser,
  root: string,
  appUrl: string,
  lib: LibraryServices,
  mapId: string,
  pngScale: number,
): Promise<ExportFigures> {
  const saveDir = mkdtempSync(join(tmpdir(), 'waymark-bench-export-'));
  const answers: DialogAnswers = { saveDir, importPath: null, saved: [] };
  const files = stubFileServices(answers, join(root, 'resources'));
  let savedAt = 0;
  const timed = {
    ...files,
    chooseSavePath: async (...a: Parameters<typeof files.chooseSavePath>) => {
      savedAt = performance.now();
      return files.chooseSavePath(...a);
    },
  };
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await attachBridge(
    page,
    { library: lib, files: timed },
    appUrl,
    readFileSync(join(root, 'dist', 'electron', 'pageBridge.js'), 'utf8'),
  );
  // Injected as an init script: the app's CSP rightly refuses inline scripts added later.
  await page.addInitScript({
    content: readFileSync(join(root, 'node_modules', 'html-to-image', 'dist', 'html-to-image.js'), 'utf8'),
  });
  await openToInteractive(page, `${appUrl}#map=${mapId}`, '.react-flow__node-card', 'on screen');

  const run = async (item: string, dialog: string | null, scale?: number): Promise<{ ms: number; bytes: number }> => {
    const before = answers.saved.length;
    await page.getByRole('button', { name: 'Export ▾' }).click();
    let start = performance.now();
    await page.getByRole('menuitem', { name: item }).click();
    if (dialog) {
      if (scale) await page.getByRole('dialog', { name: dialog }).getByLabel('Scale').selectOption(String(scale));
      // The whole map on one page, as the earlier runs measured (the dialog now offers one A4 page first).
      if (dialog === 'Export PDF')
        await page
          .getByRole('dialog', { name: dialog })
          .getByLabel(/One poster page/)
          .check();
      start = performance.now();
      await page.getByRole('dialog', { name: dialog }).getByRole('button', { name: 'Export' }).click();
    }
    const notice = page.getByTestId('notice');
    await notice.waitFor({ timeout: 120_000 });
    if (!(await notice.textContent())?.includes('Exported to'))
      throw new Error(`${item}: ${await notice.textContent()}`);
    const path = answers.saved[before]!;
    const ms = savedAt - start;
    await page.getByRole('button', { name: 'Dismiss' }).click();
    return { ms, bytes: statSync(path).size };
  };
  const stopFrames = await recordFrames(page);
  const pdf = await run('PDF…', 'Export PDF');
  const framesDuringPdf = await stopFrames();
  const cancelMs = await cancelLatency(page);
  const big = await peakMemoryDuring(() => run('PNG image…', 'Export PNG', 3));
  const bigPng = readFileSync(answers.saved.at(-1)!);
  const png3x = {
    width: bigPng.readUInt32BE(16),
    height: bigPng.readUInt32BE(20),
    ms: big.result.ms,
    bytes: big.result.bytes,
    peakMB: big.peakMB,
  };
  // 2× where the canvas allows it; a map too large for that is exported (and compared) at 1×.
  const scale = pngScale;
  const png = await run('PNG image…', 'Export PNG', scale);
  const svg = await run('SVG image', null);

  // The baseline: html-to-image on the React Flow viewport, with card text showing.
  while (await page.getByTestId('canvas').evaluate((el) => el.classList.contains('is-far')))
    await page.getByRole('button', { name: 'Zoom in', exact: true }).first().click();
  const baseline = await page.evaluate(async (scale) => {
    const lib = (
      window as unknown as {
        htmlToImage: {
          toPng: (n: Element, o: object) => Promise<string>;
          toSvg: (n: Element, o: object) => Promise<string>;
        };
      }
    ).htmlToImage;
    const el = document.querySelector('.react-flow__viewport')!;
    let t = performance.now();
    const png = await lib.toPng(el, { pixelRatio: scale, backgroundColor: '#ffffff' });
    const pngMs = performance.now() - t;
    t = performance.now();
    const svg = await lib.toSvg(el, {});
    const svgMs = performance.now() - t;
    return { pngMs, pngBytes: Math.round(((png.length - 22) * 3) / 4), svgMs, svgBytes: svg.length };
  }, scale);
  await page.close();
  rmSync(saveDir, { recursive: true, force: true });
  return {
    pngScale: scale,
    waymark: {
      pdfMs: pdf.ms,
      pdfBytes: pdf.bytes,
      pngMs: png.ms,
      pngBytes: png.bytes,
      svgMs: svg.ms,
      svgBytes: svg.bytes,
    },
    htmlToImage: baseline,
    framesDuringPdf,
    cancelMs,
    png3x,
  };
}
