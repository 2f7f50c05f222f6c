// `npm run bench`: Waymark against a bare React Flow page in the same Chromium, same run.
// Functions passed to page.evaluate are serialised: they must not use names esbuild renames
// (an imported `performance` became `performance2` in the page). Node 20 has a global one.
// Every browser figure is reported with its baseline and the ratio; never run inside npm test.
import { chromium, type Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { createLibraryServices } from '../electron/main/library/services';
import { stubFileServices } from '../tests/helpers/fileStubs';
import { attachBridge } from '../electron/chromium/attachBridge';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/harness/chromium';
import { serveFolder } from '../tests/e2e/harness/staticServer';
import {
  editCardInView,
  heapMB,
  median,
  motionFrames,
  openToInteractive,
  stats,
  transportMs,
  type Stats,
} from './measure';
import { exportBench } from './exports';
import { roomBench } from './room';
import { officeBench } from './office';
import { libraryBench } from './library';
import { researchBench } from './research';
import { libraryThreadBench, oneCardSaveMs } from './libraryThread';
import { SAMPLE_TEXTS, syntheticMap, withDepth } from './synthetic';

const ROOT = process.cwd();
const quick = process.argv.includes('--quick');
/** `--room`: only the workshop-room load test; its rows replace the room rows of the last results. */
const roomOnly = process.argv.includes('--room');
/** `--office`: only the office and viewer exports (Node, no browser); rows replace the last ones. */
const officeOnly = process.argv.includes('--office');
/** `--depth`: only opening a map with personas and steps against the same map without; rows replace the last ones. */
const depthOnly = process.argv.includes('--depth');
/** `--research`: only the insight library and the backlog at scale; rows replace the last ones. */
const researchOnly = process.argv.includes('--research');
const SIZES = quick ? [1000] : [100, 1000, 5000];
const RUNS = quick ? 2 : 3;
const VIEWPORT = { width: 1280, height: 800 };

/** Where and when a row was measured: a partial run (`--room`, `--office`) keeps the others' own. */
interface Stamp {
  date: string;
  cpus: number;
  cpu: string;
  chromium: string;
  node: string;
}

interface Row {
  what: string;
  size: number;
  waymark: number;
  baseline: number | null;
  unit: string;
  /** The spread of Waymark's figure over the runs, when it was measured more than once. */
  min?: number;
  max?: number;
  measured?: Stamp;
}
const rows: Row[] = [];
const add = (what: string, size: number, waymark: number, baseline: number | null, unit: string) =>
  rows.push({ what, size, waymark, baseline, unit });
/** A figure measured once per run: the median of the runs, with their range. */
const addRuns = (what: string, size: number, waymark: number[], baseline: number[] | null, unit: string) =>
  rows.push({
    what,
    size,
    waymark: median(waymark),
    baseline: baseline ? median(baseline) : null,
    unit,
    min: Math.min(...waymark),
    max: Math.max(...waymark),
  });

async function buildAll() {
  const { buildAll: buildApp } = (await import(join(ROOT, 'scripts', 'build.mjs'))) as {
    buildAll: () => Promise<void>;
  };
  await buildApp();
  await viteBuild({ configFile: join(ROOT, 'bench', 'vite.bare.config.ts') });
}

/** RSS of a separate Node process running the main-process library with this map loaded. */
function mainProcessRss(dir: string, id: string): { rssMB: number; baselineMB: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', join(ROOT, 'dist', 'bench', 'mainRss.mjs'), dir, id], {
    encoding: 'utf8',
  });
  const r = JSON.parse(out) as { rss: number; baseline: number };
  return { rssMB: r.rss / 1024 / 1024, baselineMB: r.baseline / 1024 / 1024 };
}

function sqliteBench(size: number) {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-sql-'));
  const lib = createLibraryServices(dir);
  const created = lib.maps.create({ kind: 'current-state', language: 'vi' });
  const doc = { ...syntheticMap(size), id: created.document.id };
  const saves: number[] = [];
  let revision = 1;
  for (let i = 0; i < 120; i++) {
    const edited = { ...doc, title: `Bench ${size} #${i}` };
    const t = performance.now();
    revision = lib.maps.save(edited, revision).revision;
    saves.push(performance.now() - t);
  }
  const loads: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    lib.maps.load(doc.id);
    loads.push(performance.now() - t);
  }
  const bytes = JSON.stringify(doc).length;
  lib.close();
  const rss = mainProcessRss(dir, doc.id);
  rmSync(dir, { recursive: true, force: true });
  const s = stats(saves.slice(20));
  add('SQLite save p50', size, s.p50, null, 'ms');
  add('SQLite save of a one-card edit p50 (as on the library thread)', size, oneCardSaveMs(size), null, 'ms');
  add('SQLite save p95', size, s.p95, null, 'ms');
  add('SQLite load p50', size, median(loads), null, 'ms');
  add('document bytes per card', size, bytes / size, null, 'B');
  add('main-process RSS with the map loaded (bare Node baseline)', size, rss.rssMB, rss.baselineMB, 'MB');
}

/** Typing into one card: latency to the next frame, and how many card components render. */
async function typingRun(
  browser: Browser,
  services: Parameters<typeof attachBridge>[1],
  appUrl: string,
  mapId: string,
  lib: ReturnType<typeof createLibraryServices>,
) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(() => {
    (globalThis as unknown as { __waymarkRenderCounter: { cards: number } }).__waymarkRenderCounter = { cards: 0 };
  });
  await attachBridge(page, services, appUrl, BRIDGE);
  await openToInteractive(page, `${appUrl}#map=${mapId}`, '.react-flow__node-card', 'on screen');
  await editCardInView(page);
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener(
      'keydown',
      () => {
        const t = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t), 0));
      },
      true,
    );
  });
  const renders = () =>
    page.evaluate(
      () => (globalThis as unknown as { __waymarkRenderCounter: { cards: number } }).__waymarkRenderCounter.cards,
    );
  const before = await renders();
  const keys = 40;
  await page.keyboard.type(' thêm chữ để đo độ trễ khi gõ phím ở đây', { delay: 35 });
  await page.waitForTimeout(200);
  const during = (await renders()) - before;
  const lat = stats(await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat));
  const beforeCommit = await renders();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  const onCommit = (await renders()) - beforeCommit;
  await page.waitForTimeout(800);
  const typed = lib.maps.load(mapId).document.cards.some((c) => c.text.endsWith('ở đây'));
  if (!typed) console.warn('[bench] warning: the typed text did not reach the saved map');
  await page.close();
  return { p50: lat.p50, p95: lat.p95, perKey: during / keys, onCommit };
}

async function browserBench(browser: Browser, size: number, appUrl: string, bareUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const lib = createLibraryServices(dir);
  const created = lib.maps.create({ kind: 'current-state', language: 'vi' });
  const doc = { ...syntheticMap(size), id: created.document.id };
  lib.maps.save(doc, 1);
  const services = {
    library: lib,
    files: stubFileServices({ saveDir: null, importPath: null, saved: [] }, join(ROOT, 'resources')),
  };
  const bareTarget = `${bareUrl}?nodes=${size}&texts=${encodeURIComponent(JSON.stringify(SAMPLE_TEXTS))}`;

  const open = { waymark: [] as number[], bare: [] as number[] };
  const transport: number[] = [];
  const pan: { waymark: Stats[]; bare: Stats[] } = { waymark: [], bare: [] };
  const zoom: { waymark: Stats[]; bare: Stats[] } = { waymark: [], bare: [] };
  const heap = { waymark: [] as number[], bare: [] as number[], dom: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order so neither side always runs on a warmer machine.
    for (const side of run % 2 === 0 ? (['waymark', 'bare', 'dom'] as const) : (['dom', 'bare', 'waymark'] as const)) {
      const page = await browser.newPage({ viewport: VIEWPORT });
      if (side === 'waymark') {
        await attachBridge(page, services, appUrl, BRIDGE);
        open.waymark.push(
          await openToInteractive(page, `${appUrl}#map=${doc.id}`, '.react-flow__node-card', 'on screen'),
        );
        transport.push(await transportMs(page));
        pan.waymark.push(await motionFrames(page, '.react-flow', 'pan'));
        zoom.waymark.push(await motionFrames(page, '.react-flow', 'zoom'));
        heap.waymark.push(await heapMB(page));
      } else if (side === 'dom') {
        await openToInteractive(page, `${bareTarget}&mode=dom`, '.plain-card', size);
        heap.dom.push(await heapMB(page));
      } else {
        open.bare.push(await openToInteractive(page, bareTarget, '.react-flow__node', size));
        pan.bare.push(await motionFrames(page, '.react-flow', 'pan'));
        zoom.bare.push(await motionFrames(page, '.react-flow', 'zoom'));
        heap.bare.push(await heapMB(page));
      }
      await page.close();
    }
  }
  addRuns('open to interactive (total)', size, open.waymark, open.bare, 'ms');
  addRuns('  of which: map over the test bridge', size, transport, null, 'ms');
  addRuns(
    'open to interactive (without the test bridge)',
    size,
    open.waymark.map((t, i) => t - transport[i]!),
    open.bare,
    'ms',
  );
  for (const [name, m] of [
    ['pan', pan],
    ['zoom', zoom],
  ] as const)
    for (const k of ['p50', 'p95', 'max'] as const)
      addRuns(
        `${name} frame ${k}`,
        size,
        m.waymark.map((f) => f[k]),
        m.bare.map((f) => f[k]),
        'ms',
      );
  addRuns('JS heap after open', size, heap.waymark, heap.bare, 'MB');
  addRuns('JS heap after open (vs a plain-DOM page of the same cards)', size, heap.waymark, heap.dom, 'MB');

  const typing = { p50: [] as number[], p95: [] as number[], perKey: [] as number[], commit: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    const t = await typingRun(browser, services, appUrl, doc.id, lib);
    typing.p50.push(t.p50);
    typing.p95.push(t.p95);
    typing.perKey.push(t.perKey);
    typing.commit.push(t.onCommit);
  }
  addRuns('typing: keydown → next frame p50', size, typing.p50, null, 'ms');
  addRuns('typing: keydown → next frame p95', size, typing.p95, null, 'ms');
  addRuns('typing: card renders per keystroke', size, typing.perKey, null, 'cards');
  addRuns('typing: card renders when the edit commits', size, typing.commit, null, 'cards');

  if (size <= 1000) {
    // 2×, as the earlier runs compared; any scale draws in tiles now.
    const scale = 2;
    const e = await exportBench(browser, ROOT, appUrl, lib, doc.id, scale);
    add(`PNG ${scale}× export (vs html-to-image toPng)`, size, e.waymark.pngMs, e.htmlToImage.pngMs, 'ms');
    add(`PNG ${scale}× size`, size, e.waymark.pngBytes / 1024, e.htmlToImage.pngBytes / 1024, 'KB');
    add('PDF export (vs html-to-image toPng)', size, e.waymark.pdfMs, e.htmlToImage.pngMs, 'ms');
    add('PDF size', size, e.waymark.pdfBytes / 1024, null, 'KB');
    add('SVG export (vs html-to-image toSvg)', size, e.waymark.svgMs, e.htmlToImage.svgMs, 'ms');
    add('SVG size (fonts embedded)', size, e.waymark.svgBytes / 1024, e.htmlToImage.svgBytes / 1024, 'KB');
    add('editor frame p95 during the PDF export (export thread)', size, e.framesDuringPdf.p95, null, 'ms');
    add('editor frame max during the PDF export', size, e.framesDuringPdf.max, null, 'ms');
    add('Cancel → export stopped (tiled PDF)', size, e.cancelMs, null, 'ms');
    add(`PNG 3× export, ${e.png3x.width} × ${e.png3x.height} px`, size, e.png3x.ms, null, 'ms');
    add('PNG 3× size', size, e.png3x.bytes / 1024 / 1024, null, 'MB');
    add('PNG 3× export: peak rise of Chromium memory (all processes)', size, e.png3x.peakMB, null, 'MB');
  }
  lib.close();
  rmSync(dir, { recursive: true, force: true });
}

/** The page side of the bridge, as built by `npm run build` (the benchmark serves the built renderer). */
const BRIDGE = readFileSync(join(ROOT, 'dist', 'electron', 'pageBridge.js'), 'utf8');
const ROOM_ROW = 'room: ';
const OFFICE_ROW = 'office: ';
const DEPTH_ROW = 'depth: ';
const RESEARCH_ROW = 'research: ';
/** Which rows this run measures: a partial run keeps the others from the last results. */
const measured = (what: string) =>
  roomOnly
    ? what.startsWith(ROOM_ROW)
    : officeOnly
      ? what.startsWith(OFFICE_ROW)
      : depthOnly
        ? what.startsWith(DEPTH_ROW)
        : researchOnly
          ? what.startsWith(RESEARCH_ROW)
          : ![ROOM_ROW, OFFICE_ROW, DEPTH_ROW, RESEARCH_ROW].some((p) => what.startsWith(p));

/**
 * Journey depth's cost when a map opens: a 1,000-card map comparing three personas with 40
 * steps (its cards spread over them) against the same map without, opened alternately.
 */
async function depthRows(browser: Browser, appUrl: string) {
  console.log('[bench] 1,000 cards with 3 personas and 40 steps, against the same map without…');
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-depth-'));
  const lib = createLibraryServices(dir);
  try {
    const plain = syntheticMap(1000);
    const deep = withDepth(syntheticMap(1000), 3, 40);
    lib.maps.importDocument(plain);
    lib.maps.importDocument(deep);
    const [deepId, plainId] = lib.maps.list().map((m) => m.id);
    const services = {
      library: lib,
      files: stubFileServices({ saveDir: null, importPath: null, saved: [] }, join(ROOT, 'resources')),
    };
    const open = { deep: [] as number[], plain: [] as number[] };
    for (let run = 0; run < RUNS; run++)
      for (const side of run % 2 === 0 ? (['deep', 'plain'] as const) : (['plain', 'deep'] as const)) {
        const page = await browser.newPage({ viewport: VIEWPORT });
        await attachBridge(page, services, appUrl, BRIDGE);
        const id = side === 'deep' ? deepId : plainId;
        open[side].push(await openToInteractive(page, `${appUrl}#map=${id}`, '.react-flow__node-card', 'on screen'));
        await page.close();
      }
    addRuns(
      `${DEPTH_ROW}open to interactive, 3 personas and 40 steps (vs the same map without)`,
      1000,
      open.deep,
      open.plain,
      'ms',
    );
  } finally {
    lib.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function roomRows(browser: Browser, appUrl: string) {
  console.log('[bench] workshop room: 30 participants × 20 cards in 60 s…');
  const r = await roomBench(browser, ROOT, appUrl, BRIDGE);
  add(`${ROOM_ROW}participants' cards saved in the host's library (of those sent)`, r.cards, r.saved, r.cards, 'cards');
  add(`${ROOM_ROW}participants' changes refused`, r.cards, r.refused, null, 'changes');
  add(`${ROOM_ROW}cards never painted on the host`, r.cards, r.latency.missing, null, 'cards');
  add(`${ROOM_ROW}participant's add → card painted on the host p50`, r.cards, r.latency.p50, null, 'ms');
  add(`${ROOM_ROW}participant's add → card painted on the host p95`, r.cards, r.latency.p95, null, 'ms');
  add(`${ROOM_ROW}host pan frame p95 (vs the same map with no room)`, r.cards, r.pan.room, r.pan.alone, 'ms');
  add(`${ROOM_ROW}host main-process heap per participant`, r.cards, r.heapPerPersonKB, null, 'KB');
}

/** How long the main thread's event loop waits while a large map is saved: thread vs in-process. */
async function threadRows(size: number) {
  console.log(`[bench] library thread, ${size}-card saves…`);
  const r = await libraryThreadBench(join(ROOT, 'dist', 'electron', 'libraryThread.js'), size);
  const what = 'main-thread event delay during saves, max (library thread vs in-process)';
  add(what, size, r.thread.max, r.inProcess.max, 'ms');
  add(
    'main-thread event delay during saves, p99 (library thread vs in-process)',
    size,
    r.thread.p99,
    r.inProcess.p99,
    'ms',
  );
}

/** The JavaScript the first screen loads: the entry script and the modules it preloads. */
function initialJsRow() {
  const dir = join(ROOT, 'dist', 'renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  add('initial JS of the first screen (entry + preloaded modules)', 0, bytes / 1024, null, 'KB');
}

function lastResult(): (Stamp & { rows: Row[] }) | null {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'bench', 'results', 'latest.json'), 'utf8')) as Stamp & {
      rows: Row[];
    };
  } catch {
    return null;
  }
}

/** The rows a partial run did not measure, kept from the last results. */
function keptRows(): Row[] {
  try {
    const last = lastResult();
    if (!last) return [];
    return last.rows
      .filter((r) => !measured(r.what))
      .map(({ what, size, waymark, baseline, unit, min, max, measured }) => ({
        what,
        size,
        waymark,
        baseline,
        unit,
        ...(min === undefined ? {} : { min, max }),
        // Rows from before stamps existed were measured by the run the file names.
        measured: measured ?? {
          date: last.date,
          cpus: last.cpus,
          cpu: last.cpu,
          chromium: last.chromium,
          node: last.node,
        },
      }));
  } catch {
    return [];
  }
}

function fmt(n: number | null, unit: string): string {
  if (n === null || Number.isNaN(n)) return '—';
  const v = Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(unit === 'cards' ? 2 : 1);
  return `${v} ${unit}`;
}

async function main() {
  const started = Date.now();
  if (officeOnly) {
    console.log('[bench] office and viewer exports, 100 and 1,000 cards…');
    for (const r of await officeBench([100, 1000])) add(r.what, r.size, r.value, null, r.unit);
    return write(started, null);
  }
  await buildAll();
  const app = await serveFolder(join(ROOT, 'dist', 'renderer'));
  const bare = await serveFolder(join(ROOT, 'dist', 'bench-bare'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const version = browser.version();
  try {
    if (roomOnly) await roomRows(browser, app.url);
    else if (depthOnly) await depthRows(browser, app.url);
    else if (researchOnly) {
      console.log('[bench] 10,000 insights and 1,000 opportunities in a library…');
      for (const r of await researchBench(browser, app.url, BRIDGE, RUNS))
        rows.push({
          what: r.what,
          size: r.size,
          waymark: r.value,
          baseline: r.baseline,
          unit: r.unit,
          ...(r.min === undefined ? {} : { min: r.min, max: r.max! }),
        });
    } else
      for (const size of SIZES) {
        console.log(`[bench] ${size} cards…`);
        sqliteBench(size);
        await browserBench(browser, size, app.url, bare.url);
      }
    if (!roomOnly && !depthOnly && !researchOnly) {
      await threadRows(SIZES.at(-1)!);
      initialJsRow();
      console.log('[bench] library with 500 maps…');
      for (const r of await libraryBench(browser, app.url, 500, BRIDGE)) add(r.what, 500, r.ms, null, 'ms');
    }
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }

  write(started, version);
}

function write(started: number, version: string | null) {
  const stamp: Stamp = {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    // A Node-only run keeps the browser of the run that measured the rest.
    chromium: version ?? lastResult()?.chromium ?? 'none',
    node: process.version,
  };
  for (const r of rows) r.measured = stamp;
  const merged =
    roomOnly || officeOnly || depthOnly || researchOnly ? [...keptRows(), ...rows] : [...rows, ...keptRows()];
  rows.splice(0, rows.length, ...merged);
  const table = [
    '| what | cards | Waymark | bare React Flow | ratio |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.size} | ${fmt(r.waymark, r.unit)} | ${fmt(r.baseline, r.unit)} | ${
          r.baseline ? `${(r.waymark / r.baseline).toFixed(2)}×` : '—'
        } |`,
    ),
  ].join('\n');
  console.log(`\n${table}\n`);
  const result = {
    ...stamp,
    quick,
    seconds: Math.round((Date.now() - started) / 1000),
    rows: rows.map((r) => ({ ...r, ratio: r.baseline ? r.waymark / r.baseline : null })),
  };
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(ROOT, 'bench', 'results', 'latest.md'), `${table}\n`);
  console.log(`[bench] done in ${result.seconds} s; results in bench/results/latest.json`);
}

await main();
