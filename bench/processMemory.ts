// Peak memory of the browser while something runs: the resident memory of every Chromium
// process (browser, renderer, GPU, workers) read from /proc every 50 ms. Linux only.
import { readdirSync, readFileSync } from 'node:fs';

function chromiumRssMB(): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chromium')) continue;
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // The process ended while it was being read.
    }
  }
  return kb / 1024;
}

/** Runs `work` and reports how far Chromium's resident memory rose above where it started. */
export async function peakMemoryDuring<T>(work: () => Promise<T>): Promise<{ result: T; peakMB: number }> {
  const before = chromiumRssMB();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, chromiumRssMB())), 50);
  try {
    const result = await work();
    return { result, peakMB: Math.max(peak, chromiumRssMB()) - before };
  } finally {
    clearInterval(timer);
  }
}
