import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * The Electron executable and the Electron build of better-sqlite3, or why they are missing.
 * It only looks: `require('electron')` would try to download the binary from GitHub.
 */
export function electronAvailability(): { ok: true; executable: string } | { ok: false; reason: string } {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathTxt = join(dir, 'path.txt');
  const executable = existsSync(pathTxt) ? join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim()) : null;
  // The reason names the file it looked for, so a reader can check it on the machine.
  if (!executable)
    return {
      ok: false,
      reason: `the Electron binary is not installed here: ${pathTxt} does not exist (Electron's install downloads the binary from GitHub; run with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without GitHub access, it is skipped)`,
    };
  if (!existsSync(executable))
    return { ok: false, reason: `the Electron binary is not installed here: ${executable} does not exist` };
  if (!existsSync(join(ROOT, '.native', 'electron', 'better_sqlite3.node')))
    return { ok: false, reason: 'better-sqlite3 has not been built for Electron (.native/electron is missing)' };
  return { ok: true, executable };
}
