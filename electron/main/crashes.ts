import type { BrowserWindow, Dialog, RenderProcessGoneDetails } from 'electron';
import type { Logger } from './log';

/**
 * An uncaught error in the main process is logged and shown with the log's path. The library
 * needs no rescue: every save is one SQLite transaction, so a half-done write never lands.
 */
export function reportMainError(dialog: Pick<Dialog, 'showErrorBox'>, log: Logger, err: unknown): void {
  log.error('uncaught error in the main process', err);
  dialog.showErrorBox(
    'Waymark hit an unexpected error',
    `${(err as Error)?.message ?? String(err)}\n\nYour maps are safe: every saved change is in the library. Details are in the log:\n${log.file}`,
  );
}

/**
 * The page crashed or was killed: offer to reload it. Saved edits are in the library; the
 * renderer flushes its autosave within 400 ms of a change, so at most that last moment is lost.
 */
export async function offerReload(
  win: Pick<BrowserWindow, 'reload' | 'isDestroyed'>,
  dialog: Pick<Dialog, 'showMessageBox'>,
  log: Logger,
  details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>,
): Promise<boolean> {
  log.error(`renderer gone: ${details.reason} (exit code ${details.exitCode})`);
  if (details.reason === 'clean-exit') return false;
  const { response } = await dialog.showMessageBox({
    type: 'error',
    message: 'The Waymark window stopped working.',
    detail: `Reason: ${details.reason}. Your saved maps are in the library. Reload to carry on.`,
    buttons: ['Reload', 'Close'],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0 || win.isDestroyed()) return false;
  win.reload();
  return true;
}
