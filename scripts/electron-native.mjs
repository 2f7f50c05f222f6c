// Builds better-sqlite3 against Electron's ABI into .native/electron/, leaving node_modules'
// Node build alone. `electron-rebuild` is not used: offline it reports success while building
// for Node's ABI (see shared/MEASURED.md), which would break the app silently.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function electronBinaryPresent(electronDir) {
  const pathTxt = join(electronDir, 'path.txt');
  if (!existsSync(pathTxt)) return false;
  const rel = readFileSync(pathTxt, 'utf8').trim();
  return existsSync(join(electronDir, 'dist', rel));
}

export const NATIVE_BINDING_REL = join('.native', 'electron', 'better_sqlite3.node');

export function buildElectronNative(root) {
  const require = createRequire(join(root, 'package.json'));
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const src = dirname(require.resolve('better-sqlite3/package.json'));
  const work = join(root, '.native', 'build', 'better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(dirname(work), { recursive: true });
  cpSync(src, work, { recursive: true, filter: (p) => !p.includes(`${join(src, 'build')}`) });
  const gyp = process.env.npm_config_node_gyp;
  if (!gyp || !existsSync(gyp)) return { ok: false, reason: 'node-gyp not found (run through npm)' };
  const run = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit' },
  );
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (run.status !== 0 || !existsSync(built)) return { ok: false, reason: 'node-gyp failed' };
  const dest = join(root, NATIVE_BINDING_REL);
  mkdirSync(dirname(dest), { recursive: true });
  cpSync(built, dest);
  return { ok: true, electronVersion, path: dest };
}
