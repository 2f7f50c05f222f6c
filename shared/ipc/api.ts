import type { Result } from './errors';
import { CHANNELS, type Channel } from './channels';
import type { RequestOf, ResponseOf } from './contract';

type NamespaceOf<C extends string> = C extends `${infer N}:${string}` ? N : never;

/** `window.waymark`: one async function per channel, grouped by namespace. */
export type WaymarkApi = {
  [N in NamespaceOf<Channel>]: {
    [C in Channel as C extends `${N}:${infer M}` ? M : never]: (
      request: RequestOf<C>,
    ) => Promise<Result<ResponseOf<C>>>;
  };
};

export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>;

/**
 * Builds the renderer API from the channel list. The preload passes ipcRenderer.invoke, the
 * e2e harness a Playwright binding: the transport is the only difference.
 */
export function buildApi(invoke: Invoke): WaymarkApi {
  const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [ns, method] = channel.split(':') as [string, string];
    (api[ns] ??= {})[method] = (request: unknown) => invoke(channel, request);
  }
  return api as unknown as WaymarkApi;
}
