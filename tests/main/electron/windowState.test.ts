import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWindowState, restoredBounds, saveWindowState } from '../../../electron/main/windowState';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const screen = { x: 0, y: 0, width: 1920, height: 1040 };
const defaults = { width: 1400, height: 900 };

describe('window size and position across sessions', () => {
  it('comes back where it was on a screen that is still there', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(restoredBounds(saved, [screen], defaults)).toEqual({ x: 100, y: 80, width: 1200, height: 800 });
  });

  it('is reset to the default position when it was on a screen that was unplugged', () => {
    const saved = { x: 2200, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoredBounds(saved, [screen], defaults)).toEqual({ width: 1200, height: 800 });
  });

  it('is reset when only a sliver of the title bar would be reachable, and shrinks to fit the screen', () => {
    expect(restoredBounds({ x: 1880, y: 0, width: 900, height: 600, maximized: false }, [screen], defaults)).toEqual({
      width: 900,
      height: 600,
    });
    expect(restoredBounds({ x: 0, y: 0, width: 3000, height: 2000, maximized: true }, [screen], defaults)).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
  });

  it('uses the defaults with no saved state, and survives a damaged state file', () => {
    expect(restoredBounds(null, [screen], defaults)).toEqual(defaults);
    const dir = tempDir();
    const file = join(dir, 'window-state.json');
    writeFileSync(file, '{"x": "left"');
    expect(loadWindowState(file)).toBeNull();
    saveWindowState(file, { x: 5, y: 6, width: 900, height: 700, maximized: true });
    expect(loadWindowState(file)).toEqual({ x: 5, y: 6, width: 900, height: 700, maximized: true });
  });
});
