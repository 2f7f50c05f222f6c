import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import type { Invoker, SenderInfo } from './ipc/invoker';

export function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return { url: frame?.url ?? '', isMainFrame: !!frame && frame.parent === null };
}

/** Registers exactly the contract's channels; nothing else is reachable from the renderer. */
export function registerIpc(ipcMain: IpcMain, invoke: Invoker): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => invoke(senderOf(event), channel, payload));
  }
}
