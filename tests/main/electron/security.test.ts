import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, lockDownContents, openExternalSafely } from '../../../electron/main/security';

const APP = 'file:///opt/waymark/dist/renderer/index.html';
const isApp = (url: string) => url.startsWith(APP);

function fakeContents() {
  const handlers = new Map<string, (event: { preventDefault: () => void }, url: string) => void>();
  let windowOpen: ((d: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: vi.fn((name: string, fn: (event: { preventDefault: () => void }, url: string) => void) => {
      handlers.set(name, fn);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((fn: (d: { url: string }) => { action: string }) => (windowOpen = fn)),
  };
  const fire = (name: string, url = '') => {
    const event = { preventDefault: vi.fn() };
    handlers.get(name)!(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => windowOpen!({ url }) };
}

describe('Electron security policy', () => {
  it('opens only plain http(s) links externally', () => {
    const shell = { openExternal: vi.fn(async () => {}) };
    expect(openExternalSafely(shell, 'https://vnexpress.net/a?b=1')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'zalo://chat',
      'https://user:pw@evil.test',
      'not a url',
    ])
      expect(openExternalSafely(shell, bad)).toBe(false);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as never);
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]![0]({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]()).toBe(false);
  });

  it('blocks navigation away from the app, webviews and new windows', () => {
    const shell = { openExternal: vi.fn(async () => {}) };
    const { contents, fire, open } = fakeContents();
    lockDownContents(contents as never, isApp, shell);
    expect(fire('will-navigate', 'https://evil.test/')).toBe(true);
    expect(fire('will-navigate', 'file:///tmp/x.html')).toBe(true);
    expect(fire('will-navigate', APP)).toBe(false);
    expect(fire('will-redirect', 'https://evil.test/')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });
});
