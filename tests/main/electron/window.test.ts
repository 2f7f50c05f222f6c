import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { guardCloseUntilFlushed } from '../../../electron/main/window';
import { electronMock } from './electronMock';

describe('closing the window', () => {
  it('asks the renderer to flush and closes only once it is ready', () => {
    const { FakeWindow } = electronMock();
    const win = new FakeWindow({});
    const guard = guardCloseUntilFlushed(win as unknown as BrowserWindow, 'flush!', 3000);
    expect(win.close()).toBe(false);
    expect(win.webContents.send).toHaveBeenCalledWith('flush!');
    expect(win.closed).toBe(0);
    guard.readyToClose();
    expect(win.closed).toBe(1);
  });

  it('closes anyway after the timeout if the renderer never answers', () => {
    vi.useFakeTimers();
    const { FakeWindow } = electronMock();
    const win = new FakeWindow({});
    guardCloseUntilFlushed(win as unknown as BrowserWindow, 'flush!', 3000);
    win.close();
    win.close(); // a second click while waiting does not send twice
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(win.closed).toBe(1);
    vi.useRealTimers();
  });
});
