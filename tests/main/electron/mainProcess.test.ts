import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, OPEN_MAP_EVENT } from '../../../shared/ipc/channels';
import { sampleMap } from '../../helpers/sampleMap';
import { electronMock } from './electronMock';

const mock = electronMock();
vi.mock('electron', () => ({ ...mock.module, default: mock.module }));

const dataDir = mkdtempSync(join(tmpdir(), 'waymark-main-'));

describe('the Electron main process, with electron mocked', () => {
  beforeAll(async () => {
    process.argv.push('--data-dir', dataDir);
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(mock.windows[0]?.loadURL).toHaveBeenCalled());
  });
  afterAll(async () => {
    process.argv.splice(process.argv.indexOf('--data-dir'), 2);
    // Quitting waits for the library thread to close (its last checkpoint) before app.quit().
    mock.listeners.get('will-quit')?.({ preventDefault: () => {} });
    await vi.waitFor(() => expect(mock.module.app.quit).toHaveBeenCalled());
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens one window with the secure preferences and the sandboxed preload', () => {
    expect(mock.windows).toHaveLength(1);
    const prefs = mock.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(String(mock.windows[0]!.loadURL.mock.calls[0]![0])).toBe('app://waymark/index.html');
    expect(mock.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(mock.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('denies permissions and locks down every web contents', () => {
    expect(mock.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(mock.listeners.has('web-contents-created')).toBe(true);
  });

  it('registers exactly the contract’s channels', () => {
    expect([...mock.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('serves the renderer’s own frame and refuses any other', async () => {
    const url = String(mock.windows[0]!.loadURL.mock.calls[0]![0]);
    const mainFrame = { url, parent: null };
    const create = mock.handlers.get('maps:create')!;
    const ok = await create({ senderFrame: mainFrame }, { kind: 'current-state', language: 'en' });
    expect(ok).toMatchObject({ ok: true });
    const iframe = { url, parent: mainFrame };
    expect(await create({ senderFrame: iframe }, { kind: 'current-state', language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    expect(await create({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    const list = (await mock.handlers.get('maps:list')!({ senderFrame: mainFrame }, {})) as { value: unknown[] };
    expect(list.value).toHaveLength(1);
  });

  it('serves the renderer over app:// and nothing outside its folder', async () => {
    // Reads the built renderer: npm test builds before it runs vitest.
    expect(existsSync(join('dist', 'renderer', 'index.html')), 'run `npm run build` first').toBe(true);
    const serve = mock.module.protocol.handle.mock.calls[0]![1] as (r: { url: string }) => Response;
    const index = serve({ url: 'app://waymark/index.html' });
    const missing = serve({ url: 'app://waymark/../../package.json' });
    const escape = serve({ url: 'app://waymark/assets/..%2F..%2F..%2Fpackage.json' });
    expect([index.status, missing.status, escape.status]).toEqual([200, 404, 404]);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(index.headers.get('content-security-policy')).not.toMatch(/unsafe-eval/);
    expect(await index.text()).toContain('<div id="root">');
  });

  it('keeps the library in the folder given by --data-dir', async () => {
    const url = String(mock.windows[0]!.loadURL.mock.calls[0]![0]);
    const info = (await mock.handlers.get('library:info')!({ senderFrame: { url, parent: null } }, {})) as {
      value: { file: string };
    };
    expect(info.value.file).toBe(join(dataDir, 'waymark-library.sqlite'));
  });

  it('imports a map file handed over by a second launch and tells the window, and explains a bad one', async () => {
    const good = join(dataDir, 'handed-over.waymark');
    writeFileSync(good, JSON.stringify({ ...sampleMap(), title: 'Handed over' }));
    const send = mock.windows[0]!.webContents.send;
    send.mockClear();
    mock.listeners.get('second-instance')?.({}, ['/usr/bin/waymark', good, join(dataDir, 'missing.ojf')], dataDir);
    // Files are read asynchronously (off the main thread), then announced one by one.
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls[0]![0]).toBe(OPEN_MAP_EVENT);
    expect(send.mock.calls[0]![1]).toMatchObject({ ok: true, title: 'Handed over', path: good });
    expect(send.mock.calls[1]![1]).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be read/) });
    expect(mock.module.app.addRecentDocument).toHaveBeenCalledWith(good);
    expect(mock.listeners.has('open-file')).toBe(true);
  });

  it('installs the native menu at start and relabels it when the interface language changes', async () => {
    const { Menu } = mock.module;
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    const labels = () => (Menu.buildFromTemplate.mock.calls.at(-1)![0] as { label: string }[]).map((m) => m.label);
    expect(labels()).toContain('File');
    const setState = mock.handlers.get('app:menuState')!;
    const fromApp = { senderFrame: { url: 'app://waymark/index.html', parent: null } };
    expect(await setState(fromApp, { language: 'vi', enabled: ['file.newMap'], recent: [] })).toMatchObject({
      ok: true,
    });
    expect(labels()).toContain('Tệp');
  });
});
