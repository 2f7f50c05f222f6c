import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLibraryServices } from '../../../electron/main/library/services';
import { bundleForChild } from '../../helpers/bundle';
import { useTempDirs } from '../../helpers/tempDir';
import { runUntilKilled } from '../../helpers/killedChild';

const tempDir = useTempDirs();
const ROUNDS = 60;

describe('crash safety', () => {
  it(`keeps every confirmed save through ${ROUNDS} SIGKILLs at random moments, saving through the library thread`, async () => {
    const dir = tempDir();
    const setup = createLibraryServices(dir);
    const mapId = setup.maps.create({ kind: 'current-state', language: 'vi' }).document.id;
    setup.close();
    const script = bundleForChild('tests/main/library/crashWriter.ts');
    const thread = bundleForChild('electron/main/library/remote/libraryThread.ts');
    const confirmed = new Set<number>();
    let next = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const reported = await runUntilKilled(
        script,
        [thread, dir, mapId, String(next)],
        5 + Math.floor(Math.random() * 120),
      );
      reported.forEach((n) => confirmed.add(n));

      const db = new Database(join(dir, 'waymark-library.sqlite'));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();

      const lib = createLibraryServices(dir);
      expect(lib.movedAside).toBeNull();
      const { document } = lib.maps.load(mapId);
      lib.close();
      const present = new Set(document.cards.map((c) => Number(c.id.slice('edit-'.length))));
      const lost = [...confirmed].filter((n) => !present.has(n));
      expect(lost, `round ${round}: confirmed edits missing after the crash`).toEqual([]);
      next = Math.max(-1, ...present) + 1;
    }
    expect(confirmed.size).toBeGreaterThan(ROUNDS);
    console.info(`crash safety: ${ROUNDS} SIGKILL rounds, ${confirmed.size} confirmed edits, none lost`);
  }, 240_000);
});
