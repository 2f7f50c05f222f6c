import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLibraryServices } from '../../../electron/main/library/services';
import { bundleForChild } from '../../helpers/bundle';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const ROUNDS = 60;

/** Runs the writer until SIGKILL after a random delay; resolves with the edits it reported. */
function runUntilKilled(script: string, args: string[], killAfterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: ReturnType<typeof setTimeout> | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // Start the clock at the first committed edit, so every round kills mid-write.
      timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    // 'close', not 'exit': the pipe may still hold lines the writer printed just before it died.
    child.on('close', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own: ${err}`));
      // Only complete lines count as reported: a kill can cut a line in half.
      else resolve(out.split('\n').slice(0, -1).map(Number));
    });
  });
}

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
