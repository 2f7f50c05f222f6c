import { describe, expect, it, vi } from 'vitest';
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable';
import { createInvoker, type SenderInfo } from '../../../electron/main/ipc/invoker';
import { senderPolicyFor } from '../../../electron/main/ipc/senderPolicy';
import { createLibraryServices } from '../../../electron/main/library/services';
import { stubFileServices } from '../../helpers/fileStubs';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const APP = 'file:///opt/waymark/dist/renderer/index.html';
const fromApp: SenderInfo = { url: APP, isMainFrame: true };

function setup() {
  const lib = createLibraryServices(tempDir());
  const log = vi.fn();
  const files = stubFileServices({ saveDir: null, importPath: null, saved: [] });
  const invoke = createInvoker(createHandlerTable({ library: lib, files }), senderPolicyFor(APP), log);
  return { lib, invoke, log };
}

describe('the IPC invoker', () => {
  it('runs a valid request through the real handler', async () => {
    const { lib, invoke } = setup();
    const created = await invoke(fromApp, 'maps:create', { kind: 'current-state', language: 'vi' });
    expect(created.ok).toBe(true);
    const list = await invoke(fromApp, 'maps:list', {});
    expect(list).toMatchObject({ ok: true, value: [{ kind: 'current-state', title: 'Hành trình chưa đặt tên' }] });
    lib.close();
  });

  it('refuses an unknown channel by name', async () => {
    const { lib, invoke } = setup();
    expect(await invoke(fromApp, 'fs:readFile', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown channel "fs:readFile".' },
    });
    expect((await invoke(fromApp, '__proto__', {})).ok).toBe(false);
    lib.close();
  });

  it.each([
    ['maps:create', { kind: 'mind-map', language: 'en' }, /Bad request to maps:create: kind/],
    ['maps:create', { kind: 'current-state', language: 'en', title: '   ' }, /A map needs a title/],
    ['maps:load', { id: 42 }, /Bad request to maps:load: id/],
    ['maps:load', { id: 'x', extra: true }, /extra/],
    ['maps:save', { document: {}, baseRevision: -1 }, /baseRevision/],
    ['maps:list', 'everything', /Bad request to maps:list/],
  ])('refuses a %s payload of the wrong shape (%j)', async (channel, payload, message) => {
    const { lib, invoke } = setup();
    const result = await invoke(fromApp, channel, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_PAYLOAD');
      expect(result.error.message).toMatch(message);
    }
    expect(lib.maps.list()).toEqual([]);
    lib.close();
  });

  it('refuses requests from other origins and from sub-frames', async () => {
    const { lib, invoke } = setup();
    for (const sender of [
      { url: 'https://evil.example/index.html', isMainFrame: true },
      { url: 'file:///tmp/other.html', isMainFrame: true },
      { url: APP, isMainFrame: false },
      { url: '', isMainFrame: true },
    ]) {
      const result = await invoke(sender, 'maps:create', { kind: 'current-state', language: 'en' });
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(lib.maps.list()).toEqual([]);
    lib.close();
  });

  it('passes a library error through with its code, message and catalogue key', async () => {
    const { lib, invoke } = setup();
    const result = await invoke(fromApp, 'maps:load', { id: 'ghost' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No map with id "ghost" in the library.', i18n: { key: 'errors.noMap' } },
    });
    lib.close();
  });

  it('turns an unexpected exception into INTERNAL and logs it', async () => {
    const { lib, invoke, log } = setup();
    lib.close(); // every query now throws "The database connection is not open"
    const result = await invoke(fromApp, 'maps:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!result.ok) expect(result.error.message).toMatch(/maps:list: The database connection is not open/);
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('sender policy', () => {
  it('matches a custom scheme by protocol and host, not by its "null" origin', () => {
    const trust = senderPolicyFor('app://waymark/index.html');
    expect(trust({ url: 'app://waymark/index.html', isMainFrame: true })).toBe(true);
    expect(trust({ url: 'app://evil/index.html', isMainFrame: true })).toBe(false);
    expect(trust({ url: 'other://waymark/index.html', isMainFrame: true })).toBe(false);
  });

  it('accepts the dev server origin on any path', () => {
    const trust = senderPolicyFor('http://localhost:5183/');
    expect(trust({ url: 'http://localhost:5183/index.html', isMainFrame: true })).toBe(true);
    expect(trust({ url: 'http://localhost:5184/', isMainFrame: true })).toBe(false);
    expect(trust({ url: 'not a url', isMainFrame: true })).toBe(false);
  });
});
