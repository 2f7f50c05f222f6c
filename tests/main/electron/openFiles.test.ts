import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLibraryServices } from '../../../electron/main/library/services';
import { mapFilesInArgv, openMapFile } from '../../../electron/main/openFiles';
import { sampleMap } from '../../helpers/sampleMap';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

describe('map files opened from outside the app', () => {
  it('takes .waymark and .ojf paths from a command line, skipping flags and the executable', () => {
    expect(
      mapFilesInArgv(
        ['/opt/Waymark/waymark', '--no-sandbox', 'plans/q4.waymark', '/home/lan/a.OJF', 'notes.txt'],
        '/home/lan',
      ),
    ).toEqual(['/home/lan/plans/q4.waymark', '/home/lan/a.OJF']);
  });

  it('imports a good file as a new map and explains a missing, huge or malformed one, changing nothing', async () => {
    const dir = tempDir();
    const lib = createLibraryServices(dir);
    const good = join(dir, 'good.waymark');
    writeFileSync(good, JSON.stringify(sampleMap()));
    const opened = await openMapFile(lib, good);
    expect(opened.ok).toBe(true);
    expect(lib.maps.list()).toHaveLength(1);

    const huge = join(dir, 'huge.waymark');
    writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 32));
    const bad = join(dir, 'bad.ojf');
    writeFileSync(bad, '{"nodes": "no"}');
    for (const [path, message] of [
      [join(dir, 'missing.waymark'), /cannot be read/],
      [huge, /imports map files up to 50 MB/],
      [bad, /./],
    ] as const) {
      const result = await openMapFile(lib, path);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
    expect(lib.maps.list()).toHaveLength(1);
    lib.close();
  });
});
