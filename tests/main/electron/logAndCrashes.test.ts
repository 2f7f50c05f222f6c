import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { offerReload, reportMainError } from '../../../electron/main/crashes';
import { createLogger } from '../../../electron/main/log';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

describe('the main-process log and crash handling', () => {
  it('appends timestamped lines and keeps one old generation past 1 MB', () => {
    const file = join(tempDir(), 'logs', 'main.log');
    const log = createLogger(file, () => new Date('2026-11-23T10:00:00Z'));
    log.info('starting');
    log.error('save failed', new Error('disk full'));
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^2026-11-23T10:00:00.000Z INFO {2}starting\n/);
    expect(text).toContain('ERROR save failed: Error: disk full');
    writeFileSync(file, 'x'.repeat(1024 * 1024 + 1));
    log.info('after rotation');
    expect(readFileSync(file, 'utf8')).toMatch(/INFO {2}after rotation\n$/);
    expect(readFileSync(file.replace('.log', '.old.log'), 'utf8').length).toBeGreaterThan(1024 * 1024);
  });

  it('shows an uncaught main-process error with the log path, and logs it', () => {
    const file = join(tempDir(), 'main.log');
    const dialog = { showErrorBox: vi.fn() };
    reportMainError(dialog, createLogger(file), new Error('boom'));
    expect(dialog.showErrorBox.mock.calls[0]![1]).toContain(file);
    expect(dialog.showErrorBox.mock.calls[0]![1]).toContain('Your maps are safe');
    expect(readFileSync(file, 'utf8')).toContain('boom');
  });

  it('offers to reload a crashed window, and reloads only when asked', async () => {
    const log = createLogger(join(tempDir(), 'main.log'));
    const win = { reload: vi.fn(), isDestroyed: () => false };
    const yes = { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) };
    expect(await offerReload(win, yes, log, { reason: 'crashed', exitCode: 133 })).toBe(true);
    expect(win.reload).toHaveBeenCalledTimes(1);
    const no = { showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })) };
    expect(await offerReload(win, no, log, { reason: 'oom', exitCode: 1 })).toBe(false);
    expect(await offerReload(win, yes, log, { reason: 'clean-exit', exitCode: 0 })).toBe(false);
    expect(win.reload).toHaveBeenCalledTimes(1);
  });
});
