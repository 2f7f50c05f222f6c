import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../electron/main/dataDir';

describe('resolveDataDir', () => {
  it('prefers --data-dir in either form, then WAYMARK_DATA_DIR, then the default', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir', '/a'], { WAYMARK_DATA_DIR: '/b' }, '/c')).toBe('/a');
    expect(resolveDataDir(['--data-dir=/a b'], {}, '/c')).toBe('/a b');
    expect(resolveDataDir([], { WAYMARK_DATA_DIR: '/b' }, '/c')).toBe('/b');
    expect(resolveDataDir([], { WAYMARK_DATA_DIR: '  ' }, '/c')).toBe('/c');
    expect(resolveDataDir(['--data-dir'], {}, '/c')).toBe('/c');
  });
});
