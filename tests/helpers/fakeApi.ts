import { vi } from 'vitest';
import { buildApi, type WaymarkApi } from '../../shared/ipc/api';
import type { Channel } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/errors';

type Responder = (request: unknown) => Result<unknown> | Promise<Result<unknown>>;

/** A renderer API whose channels answer with what the test says, and record their calls. */
export function fakeApi(responders: Partial<Record<Channel, Responder>>) {
  const invoke = vi.fn(async (channel: Channel, request: unknown) => {
    const r = responders[channel];
    if (!r) throw new Error(`unexpected call to ${channel}`);
    return r(request);
  });
  const api: WaymarkApi = buildApi(invoke);
  return { api, invoke };
}
