// The library thread against the library on the main thread: how long the main thread's event
// loop is held up while a 5,000-card map is saved again and again, and a one-card edit's save.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startLibraryThread } from '../electron/main/library/remote/libraryClient';
import { createLibraryServices } from '../electron/main/library/services';
import type { JourneyMap } from '../shared/model/types';
import { stats } from './measure';
import { syntheticMap } from './synthetic';

const SAVES = 40;

function edited(doc: JourneyMap, i: number): JourneyMap {
  return {
    ...doc,
    cards: doc.cards.map((c, k) => (k === i % doc.cards.length ? { ...c, text: `${c.text} ${i}` } : c)),
  };
}

/**
 * Event-loop delay on this thread while `save` runs SAVES times, each after a 20 ms pause as the
 * editor's autosave sends them, so the loop turns between saves and a blocking save shows.
 */
async function delayDuring(save: (doc: JourneyMap, base: number) => Promise<number>, doc: JourneyMap) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let revision = 1;
  for (let i = 0; i < SAVES; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    revision = await save(edited(doc, i), revision);
  }
  histogram.disable();
  return { max: histogram.max / 1e6, p99: histogram.percentile(99) / 1e6 };
}

export async function libraryThreadBench(threadScript: string, cards: number) {
  const inProcessDir = mkdtempSync(join(tmpdir(), 'waymark-bench-inproc-'));
  const threadDir = mkdtempSync(join(tmpdir(), 'waymark-bench-thread-'));
  const lib = createLibraryServices(inProcessDir);
  const remote = await startLibraryThread(threadScript, { dir: threadDir, options: {} });
  try {
    const a = lib.maps.create({ kind: 'current-state', language: 'vi' }).document.id;
    const b = (await remote.maps.create({ kind: 'current-state', language: 'vi' })).document.id;
    const inProcess = await delayDuring(async (d, base) => lib.saveMap(d, base).revision, {
      ...syntheticMap(cards),
      id: a,
    });
    const thread = await delayDuring(async (d, base) => (await remote.saveMap(d, base)).revision, {
      ...syntheticMap(cards),
      id: b,
    });
    return { inProcess, thread };
  } finally {
    lib.close();
    await remote.close();
    rmSync(inProcessDir, { recursive: true, force: true });
    rmSync(threadDir, { recursive: true, force: true });
  }
}

/** A one-card edit saved in the library (the thread runs this same code): p50 over 100 saves. */
export function oneCardSaveMs(cards: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-onecard-'));
  const lib = createLibraryServices(dir);
  try {
    const id = lib.maps.create({ kind: 'current-state', language: 'vi' }).document.id;
    const doc = { ...syntheticMap(cards), id };
    let revision = lib.saveMap(doc, 1).revision;
    const times: number[] = [];
    for (let i = 0; i < 120; i++) {
      const next = edited(doc, i);
      const t = performance.now();
      revision = lib.saveMap(next, revision).revision;
      times.push(performance.now() - t);
    }
    return stats(times.slice(20)).p50;
  } finally {
    lib.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
