import type { Page } from 'playwright-core';
import { createHandlerTable } from '../main/ipc/handlerTable';
import { createInvoker } from '../main/ipc/invoker';
import { senderPolicyFor } from '../main/ipc/senderPolicy';
import type { AppServices } from '../main/ipc/services';
import { roomChangedMessage } from '../main/room/roomService';

/** A page-side function the bridge defines (the preload's events), called with one message. */
export type PageEvent = '__waymarkOpenMap' | '__waymarkMenu' | '__waymarkRoomChanged';

/** Calls one of the bridge's event functions in the page; a page that has gone is let be. */
export function tellPage(page: Page, event: PageEvent, message: unknown): Promise<void> {
  return page
    .evaluate(([name, m]) => (globalThis as unknown as Record<string, ((m: unknown) => void) | undefined>)[name]?.(m), [
      event,
      message,
    ] as const)
    .catch(() => {
      // The page has gone (the window closed, a test ending): nothing to deliver to.
    });
}

/**
 * Wires a page to the real main-process handler table: the same invoker (sender check, payload
 * validation, handlers) Electron registers, with a Playwright binding as the only transport.
 * `bridgeScript` is the built page side (dist/electron/pageBridge.js): the preload's buildApi
 * over that binding. Used by Waymark in Chromium without Electron, the end-to-end tests and
 * the benchmarks.
 */
export async function attachBridge(
  page: Page,
  services: AppServices,
  rendererUrl: string,
  bridgeScript: string,
  onError?: (message: string, detail: unknown) => void,
): Promise<void> {
  const invoke = createInvoker(createHandlerTable(services), senderPolicyFor(rendererUrl), onError);
  await page.exposeBinding('__waymarkInvoke', ({ frame }, channel: unknown, request: unknown) =>
    invoke({ url: frame.url(), isMainFrame: frame === frame.page().mainFrame() }, channel, request),
  );
  await page.addInitScript({ content: bridgeScript });
  // The room's pushed changes, delivered as the app's webContents.send would.
  services.room?.onChange((change) => void tellPage(page, '__waymarkRoomChanged', roomChangedMessage(change)));
}
