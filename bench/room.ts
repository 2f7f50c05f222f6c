// `npm run bench -- --room`: a workshop room under load. Thirty participants (Node clients of
// the real protocol, in a worker) each add twenty cards in a minute while the host's editor is
// open in Chromium, wired to the real handler table and room service.
import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createLibraryServices } from '../electron/main/library/services';
import { RoomService } from '../electron/main/room/roomService';
import { attachBridge } from '../electron/chromium/attachBridge';
import { stubFileServices } from '../tests/helpers/fileStubs';
import { motionFrames, openToInteractive, stats, withCpuProfile } from './measure';
import { syntheticMap } from './synthetic';

export interface RoomFigures {
  people: number;
  cards: number;
  saved: number;
  refused: number;
  latency: { p50: number; p95: number; missing: number };
  pan: { room: number; alone: number };
  heapPerPersonKB: number;
}

const heapUsed = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

async function panAlone(
  browser: Browser,
  services: Parameters<typeof attachBridge>[1],
  appUrl: string,
  bridgeScript: string,
  mapId: string,
): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await attachBridge(page, services, appUrl, bridgeScript);
    await openToInteractive(page, `${appUrl}#map=${mapId}`, '.react-flow__node-card', 'on screen');
    await page.getByRole('button', { name: 'Fit map to screen' }).click();
    return (await motionFrames(page, '.react-flow', 'pan')).p95;
  } finally {
    await page.close();
  }
}

/** Opens the room from the host's editor as a person would, and returns its link. */
async function openRoomFromEditor(page: import('@playwright/test').Page): Promise<string> {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Open workshop room…' }).click();
  const panel = page.getByRole('complementary', { name: 'Workshop room' });
  await panel.getByLabel('This computer only').check();
  await panel.getByRole('button', { name: 'Open room' }).click();
  const url = (await panel.getByRole('link').textContent())!;
  await panel.getByRole('button', { name: /Hide the room panel/ }).click();
  return url;
}

export async function roomBench(
  browser: Browser,
  root: string,
  appUrl: string,
  bridgeScript: string,
  plan = {
    people: Number(process.env.ROOM_PEOPLE ?? 30),
    cardsEach: 20,
    seconds: Number(process.env.ROOM_SECONDS ?? 60),
    mapCards: 100,
  },
): Promise<RoomFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-room-'));
  const library = createLibraryServices(dir);
  const created = library.maps.create({ kind: 'current-state', language: 'vi' });
  const doc = { ...syntheticMap(plan.mapCards), id: created.document.id };
  library.maps.save(doc, 1);
  const room = new RoomService(join(root, 'dist', 'renderer'), {
    thread: join(root, 'dist', 'electron', 'roomThread.js'),
  });
  const files = stubFileServices({ saveDir: null, importPath: null, saved: [] }, join(root, 'resources'));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await attachBridge(page, { library, files, room }, appUrl, bridgeScript);
    await openToInteractive(page, `${appUrl}#map=${doc.id}`, '.react-flow__node-card', 'on screen');
    const url = await openRoomFromEditor(page);
    await page.getByRole('button', { name: 'Fit map to screen' }).click();
    // When each card's element first appears on the host's canvas, on the shared wall clock.
    await page.evaluate(() => {
      const w = window as unknown as { __seen: Record<string, number> };
      w.__seen = {};
      new MutationObserver((records) => {
        const at = performance.timeOrigin + performance.now();
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof HTMLElement)
              for (const el of [n, ...n.querySelectorAll('[data-card-id]')]) {
                const id = el.getAttribute('data-card-id');
                if (id && !(id in w.__seen)) w.__seen[id] = at;
              }
      }).observe(document.body, { childList: true, subtree: true });
    });
    const heapBefore = heapUsed();
    const worker = new Worker(join(root, 'dist', 'bench', 'roomClients.mjs'), { workerData: { url, ...plan } });
    const done = new Promise<{ sent: { id: string; at: number }[]; refused: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    // Halfway through, everyone is in: the host's memory; near the end, a pan while cards arrive.
    await page.waitForTimeout((plan.seconds * 1000) / 2);
    const heapDuring = heapUsed();
    await page.waitForTimeout((plan.seconds * 1000) / 4);
    // ROOM_PROFILE=1 prints where the host's page spent the pan (self time by function).
    const pan = (await withCpuProfile(page, !!process.env.ROOM_PROFILE, () => motionFrames(page, '.react-flow', 'pan')))
      .p95;
    const { sent, refused } = await done;
    await worker.terminate();
    await page.waitForTimeout(3000); // the host's autosave
    const seen = await page.evaluate(() => (window as unknown as { __seen: Record<string, number> }).__seen);
    const delays = sent.filter((s) => seen[s.id] !== undefined).map((s) => seen[s.id]! - s.at);
    const savedIds = new Set(library.maps.load(doc.id).document.cards.map((c) => c.id));
    const lat = stats(delays);
    // The same map, as the room left it, opened with no room: the pan to compare with.
    const alone = await panAlone(browser, { library, files }, appUrl, bridgeScript, doc.id);
    return {
      people: plan.people,
      cards: sent.length,
      saved: sent.filter((s) => savedIds.has(s.id)).length,
      refused,
      latency: { p50: lat.p50, p95: lat.p95, missing: sent.length - delays.length },
      pan: { room: pan, alone },
      heapPerPersonKB: (heapDuring - heapBefore) / plan.people / 1024,
    };
  } finally {
    await page.close();
    await room.close();
    library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
