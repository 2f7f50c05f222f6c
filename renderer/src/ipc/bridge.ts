import type { WaymarkApi } from '../../../shared/ipc/api';
import type { WaymarkEvents } from '../../../shared/ipc/channels';
import type { IpcError, Result } from '../../../shared/ipc/errors';

declare global {
  interface Window {
    waymark?: WaymarkApi;
    waymarkEvents?: WaymarkEvents;
  }
}

export class BridgeError extends Error {
  /** What to say in the interface language (errorText reads it like any other error's). */
  readonly i18n: IpcError['i18n'];
  constructor(readonly error: IpcError) {
    super(error.message);
    this.name = 'BridgeError';
    this.i18n = error.i18n;
  }
}

/** The preload's API; its absence means the page was opened outside Waymark. */
export function bridge(): WaymarkApi {
  if (!window.waymark) throw new Error('Waymark’s storage bridge is missing: open this page from the Waymark app.');
  return window.waymark;
}

/** Turns a result object into a value or a thrown BridgeError carrying the main process's message. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new BridgeError(result.error);
  return result.value;
}

/** The preload's event channels (menu commands, files opened from outside, flush requests). */
export const waymarkEvents = (): WaymarkEvents | undefined => window.waymarkEvents;
