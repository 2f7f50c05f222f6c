// Where the time goes, before guessing: `node dist/bench/profile.mjs open|typing|pan|zoom|heap <cards>` after
// `WAYMARK_NO_MINIFY=1 npm run build`. Prints the page's JS self time by function and the
// browser's main-thread events by name (style, layout, paint, scripts) over the profiled step.
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLibraryServices } from '../electron/main/library/services';
import { attachBridge } from '../electron/chromium/attachBridge';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/harness/chromium';
import { serveFolder } from '../tests/e2e/harness/staticServer';
import { stubFileServices } from '../tests/helpers/fileStubs';
import { editCardInView, motionFrames, openToInteractive, withCpuProfile } from './measure';
import { heapByKind } from './heapByKind';
import { syntheticMap } from './synthetic';

const ROOT = process.cwd();
const [step = 'typing', cardsArg = '5000'] = process.argv.slice(2);
const cards = Number(cardsArg);

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
}

async function traced<T>(browser: Browser, page: Page, work: () => Promise<T>): Promise<T> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'v8'] });
  const result = await withCpuProfile(page, true, work);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const byName = new Map<string, number>();
  for (const e of trace.traceEvents)
    if (e.ph === 'X' && e.dur) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`[trace] ${ms.toFixed(1)} ms ${name}`);
  return result;
}

const dir = mkdtempSync(join(tmpdir(), 'waymark-profile-'));
const lib = createLibraryServices(dir);
const created = lib.maps.create({ kind: 'current-state', language: 'vi' });
const doc = { ...syntheticMap(cards), id: created.document.id };
lib.maps.save(doc, 1);
const app = await serveFolder(join(ROOT, 'dist', 'renderer'));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const services = { library: lib, files: stubFileServices({ saveDir: null, importPath: null, saved: [] }) };
await attachBridge(page, services, app.url, readFileSync(join(ROOT, 'dist', 'electron', 'pageBridge.js'), 'utf8'));
const url = `${app.url}#map=${doc.id}`;
if (step === 'open') {
  // A first visit warms the HTTP cache, as the app's files are local in Electron.
  await page.goto(app.url);
  await page.goto('about:blank');
  const ms = await traced(browser, page, () => openToInteractive(page, url, '.react-flow__node-card', 'on screen'));
  console.log(`open to interactive: ${ms.toFixed(0)} ms`);
  // The timeline: resources fetched, the app's own marks, first paints.
  const entries = await page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.entryType !== 'resource' || /\.js|\.css/.test(e.name))
      .map((e) => ({
        name: e.name.split('/').pop()!,
        type: e.entryType,
        start: e.startTime,
        end: e.startTime + e.duration,
      })),
  );
  for (const e of entries) console.log(`[timeline] ${e.start.toFixed(0)}–${e.end.toFixed(0)} ms ${e.type} ${e.name}`);
} else if (step === 'heap') {
  // Names survive only in a build without minifying: WAYMARK_NO_MINIFY=1 npm run build first.
  await openToInteractive(page, url, '.react-flow__node-card', 'on screen');
  for (const k of await heapByKind(page)) console.log(`[heap] ${k.mb.toFixed(1)} MB ${k.kind}`);
} else if (step === 'pan' || step === 'zoom') {
  await openToInteractive(page, url, '.react-flow__node-card', 'on screen');
  const frames = await traced(browser, page, () => motionFrames(page, '.react-flow', step));
  console.log(
    `${step} frames: p50 ${frames.p50.toFixed(1)} p95 ${frames.p95.toFixed(1)} max ${frames.max.toFixed(1)} ms`,
  );
} else {
  await openToInteractive(page, url, '.react-flow__node-card', 'on screen');
  await editCardInView(page);
  await traced(browser, page, () => page.keyboard.type(' thêm chữ để đo độ trễ khi gõ', { delay: 35 }));
}
await browser.close();
await app.close();
lib.close();
