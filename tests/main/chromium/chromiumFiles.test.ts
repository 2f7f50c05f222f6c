import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumFileServices, freeName } from '../../../electron/chromium/chromiumFiles';
import { userDataDir } from '../../../electron/chromium/userData';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

describe('files for Waymark in Chromium without Electron', () => {
  it('without a file dialog, saves exports in the exports folder under a name that overwrites nothing', async () => {
    const dir = join(tempDir(), 'Waymark');
    const files = chromiumFileServices('/resources', null, dir);
    const first = await files.chooseSavePath('Hành trình.pdf', 'pdf');
    expect(first).toBe(join(dir, 'Hành trình.pdf'));
    writeFileSync(first!, 'x');
    expect(await files.chooseSavePath('Hành trình.pdf', 'pdf')).toBe(join(dir, 'Hành trình (2).pdf'));
    expect(existsSync(dir)).toBe(true);
  });

  it('without a file dialog, says in words how to open a map file instead', async () => {
    const files = chromiumFileServices('/resources', null, tempDir());
    await expect(files.chooseImportPath()).rejects.toMatchObject({ i18n: { key: 'errors.noFileDialog' } });
  });

  it('numbers a name only when it is taken', () => {
    const dir = tempDir();
    expect(freeName(dir, 'map.xlsx')).toBe(join(dir, 'map.xlsx'));
    writeFileSync(join(dir, 'map.xlsx'), '');
    writeFileSync(join(dir, 'map (2).xlsx'), '');
    expect(freeName(dir, 'map.xlsx')).toBe(join(dir, 'map (3).xlsx'));
  });

  it('opens the library the desktop app keeps: Electron’s user-data folder for Waymark', () => {
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/home/lan/.config' })).toBe('/home/lan/.config/Waymark');
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\Lan\\AppData\\Roaming' })).toMatch(/Roaming[\\/]Waymark$/);
    expect(userDataDir('darwin', {})).toMatch(/Library\/Application Support\/Waymark$/);
  });
});
