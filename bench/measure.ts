import type { Page } from '@playwright/test';

export interface Stats {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function stats(values: number[]): Stats {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.floor(q * (v.length - 1)))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: v[v.length - 1] ?? NaN, n: v.length };
}

export const median = (values: number[]) => stats(values).p50;

/**
 * Time from navigation start until `count` nodes matching `selector` are in the page and
 * measured (React Flow shows a node once it knows its size), two frames painted after that,
 * and the page answers an input event. `count: 'on screen'` is for a canvas that renders only
 * what is in view: at least one node, all shown, and as many as the frame before.
 */
export async function openToInteractive(
  page: Page,
  url: string,
  selector: string,
  count: number | 'on screen',
): Promise<number> {
  await page.goto(url);
  return page.evaluate(
    async ({ selector, count }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      let before = -1;
      for (;;) {
        const nodes = document.querySelectorAll<HTMLElement>(selector);
        const shown = [...nodes].every((n) => n.style.visibility !== 'hidden');
        const enough = count === 'on screen' ? nodes.length > 0 && nodes.length === before : nodes.length >= count;
        if (enough && shown) break;
        before = nodes.length;
        await frame();
      }
      await frame();
      await frame();
      // Input accepted: a dispatched event is handled within the same task once the page is idle.
      await new Promise<void>((resolve) => {
        const onKey = () => {
          document.removeEventListener('keyup', onKey);
          resolve();
        };
        document.addEventListener('keyup', onKey);
        setTimeout(() => document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' })), 0);
      });
      return performance.now();
    },
    { selector, count },
  );
}

/**
 * How long the map document took to arrive over the bridge (Waymark's performance marks). In
 * the benchmark that is a Playwright binding, far slower than Electron's in-process IPC.
 */
export async function transportMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return at('waymark:map-loaded') - at('waymark:load-start');
  });
}

/** Records the page's frame intervals from now until the returned function is called. */
export async function recordFrames(page: Page): Promise<() => Promise<Stats>> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });
  return async () =>
    stats(
      await page.evaluate(() => {
        const w = window as unknown as { __frames: number[]; __recording: boolean };
        w.__recording = false;
        return w.__frames.slice(2);
      }),
    );
}

/** Frame intervals over ~1.5 s of scripted wheel panning, or of ctrl+wheel zooming. */
export async function motionFrames(page: Page, over: string, motion: 'pan' | 'zoom'): Promise<Stats> {
  const box = (await page.locator(over).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const stop = await recordFrames(page);
  const started = Date.now();
  let i = 0;
  if (motion === 'zoom') await page.keyboard.down('Control');
  while (Date.now() - started < 1500) {
    if (motion === 'pan') await page.mouse.wheel(i % 20 < 10 ? 60 : -60, i % 20 < 10 ? 40 : -40);
    else await page.mouse.wheel(0, i % 16 < 8 ? -30 : 30);
    i += 1;
  }
  if (motion === 'zoom') await page.keyboard.up('Control');
  return stop();
}

/** Opens the editor on a card well inside the view (clear of the panels), as a person would to type. */
export async function editCardInView(page: Page): Promise<void> {
  const target = await page.evaluate(() => {
    const inView = [...document.querySelectorAll('.react-flow__node-card')].find((n) => {
      const r = n.getBoundingClientRect();
      return r.top > 80 && r.left > 220 && r.bottom < innerHeight - 40 && r.right < innerWidth - 260;
    });
    const r = inView!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.dblclick(target.x, target.y);
  await page.locator('textarea').waitFor();
}

export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Runs `work`, and when asked, prints the page's CPU self time by function over it (build with
 * WAYMARK_NO_MINIFY=1 to read the names): where a frame budget goes, before guessing.
 */
export async function withCpuProfile<T>(page: Page, on: boolean, work: () => Promise<T>): Promise<T> {
  if (!on) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`[profile] ${ms.toFixed(1)} ms ${key}`);
  await cdp.detach();
  return result;
}
