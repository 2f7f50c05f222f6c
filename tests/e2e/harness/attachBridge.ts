import type { Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable';
import { createInvoker } from '../../../electron/main/ipc/invoker';
import { senderPolicyFor } from '../../../electron/main/ipc/senderPolicy';
import type { AppServices } from '../../../electron/main/ipc/services';
import { roomChangedMessage } from '../../../electron/main/room/roomService';

const bridgeScripts = new Map<string, string>();

/** The page-side half: the preload's buildApi over a Playwright binding, bundled once. */
function bridge(entry: string): string {
  const cached = bridgeScripts.get(entry);
  if (cached) return cached;
  const script = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome130',
  }).outputFiles[0]!.text;
  bridgeScripts.set(entry, script);
  return script;
}

/**
 * Wires a page to the real main-process handler table: the same invoker (sender check, payload
 * validation, handlers) Electron registers, with a Playwright binding as the only transport.
 */
export async function attachBridge(
  page: Page,
  services: AppServices,
  rendererUrl: string,
  // Bundled callers (the benchmark) pass the path, as their import.meta points elsewhere.
  bridgeEntry: string = join(import.meta.dirname, 'bridge.ts'),
): Promise<void> {
  const invoke = createInvoker(createHandlerTable(services), senderPolicyFor(rendererUrl));
  await page.exposeBinding('__waymarkInvoke', ({ frame }, channel: unknown, request: unknown) =>
    invoke({ url: frame.url(), isMainFrame: frame === frame.page().mainFrame() }, channel, request),
  );
  await page.addInitScript({ content: bridge(bridgeEntry) });
  // The room's pushed changes, delivered as the app's webContents.send would.
  services.room?.onChange((change) => {
    page
      .evaluate(
        (m) => (window as unknown as { __waymarkRoomChanged?: (m: unknown) => void }).__waymarkRoomChanged?.(m),
        roomChangedMessage(change),
      )
      .catch(() => {
        // The page has gone (a test ending): nothing to deliver to.
      });
  });
}
