import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, FLUSH_REQUEST_EVENT, OPEN_MAP_EVENT } from '../../../shared/ipc/channels';
import { electronMock } from './electronMock';

const mock = electronMock();
vi.mock('electron', () => ({ ...mock.module, default: mock.module }));

function exposed(name: string): Record<string, unknown> {
  const call = mock.module.contextBridge.exposeInMainWorld.mock.calls.find((c: unknown[]) => c[0] === name);
  return call![1] as Record<string, unknown>;
}

describe('the preload', () => {
  beforeAll(async () => {
    await import('../../../electron/preload/index');
  });

  it('exposes only window.waymark and window.waymarkEvents', () => {
    const names = mock.module.contextBridge.exposeInMainWorld.mock.calls.map((c: unknown[]) => c[0]);
    expect(names.sort()).toEqual(['waymark', 'waymarkEvents']);
  });

  it('exposes one function per contract channel and nothing that reaches ipcRenderer', async () => {
    const api = exposed('waymark') as Record<string, Record<string, (r: unknown) => Promise<unknown>>>;
    const fns = Object.entries(api).flatMap(([ns, methods]) => Object.keys(methods).map((m) => `${ns}:${m}`));
    expect(fns.sort()).toEqual([...CHANNELS].sort());
    for (const methods of Object.values(api))
      for (const fn of Object.values(methods)) expect(typeof fn).toBe('function');
    await api.maps!.load!({ id: 'm' });
    expect(mock.module.ipcRenderer.invoke).toHaveBeenCalledWith('maps:load', { id: 'm' });
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|send|invoke/i);
  });

  it('passes close notifications on without the IPC event object', () => {
    const events = exposed('waymarkEvents') as { onFlushRequest: (cb: (...a: unknown[]) => void) => () => void };
    const cb = vi.fn();
    const stop = events.onFlushRequest(cb);
    const [channel, listener] = mock.module.ipcRenderer.on.mock.calls.find(
      (c: unknown[]) => c[0] === FLUSH_REQUEST_EVENT,
    ) as [string, (...a: unknown[]) => void];
    expect(channel).toBe(FLUSH_REQUEST_EVENT);
    listener({ sender: 'the ipc event' }, 'extra');
    expect(cb).toHaveBeenCalledWith();
    stop();
    expect(mock.module.ipcRenderer.removeListener).toHaveBeenCalledWith(FLUSH_REQUEST_EVENT, listener);
  });

  it('keeps a map opened from the command line until the page listens, and passes only the message', () => {
    const [, listener] = mock.module.ipcRenderer.on.mock.calls.find((c: unknown[]) => c[0] === OPEN_MAP_EVENT) as [
      string,
      (...a: unknown[]) => void,
    ];
    const message = { ok: true, id: 'm1', title: 'From argv', path: '/tmp/a.waymark' };
    listener({ sender: 'the ipc event' }, message);
    const events = exposed('waymarkEvents') as { onOpenMap: (cb: (m: unknown) => void) => () => void };
    const cb = vi.fn();
    const stop = events.onOpenMap(cb);
    expect(cb).toHaveBeenCalledWith(message);
    expect(cb.mock.calls[0]).toHaveLength(1);
    stop();
  });
});
