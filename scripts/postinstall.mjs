// Runs after `npm install`. Electron's own install script is denied in package.json
// `allowScripts` because it downloads a binary from GitHub and fails the whole install when
// that host is unreachable (corporate proxies, offline build machines). We run it here
// instead, where a failure becomes a clear message rather than a broken install.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectronNative, electronBinaryPresent } from './electron-native.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

function say(lines) {
  process.stdout.write(`\n[waymark] ${lines.join('\n[waymark] ')}\n\n`);
}

function electronDir() {
  try {
    return dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    return null;
  }
}

const dir = electronDir();
if (!dir) {
  say(['Electron is not installed (production install?): nothing to prepare.']);
  process.exit(0);
}

if (!electronBinaryPresent(dir)) {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    say([
      'ELECTRON_SKIP_BINARY_DOWNLOAD is set: the Electron binary was not downloaded.',
      'Building, type-checking and every Chromium test work without it; `npm start` does not.',
    ]);
    process.exit(0);
  }
  const run = spawnSync(process.execPath, [join(dir, 'install.js')], {
    cwd: dir,
    stdio: 'inherit',
    timeout: 5 * 60_000,
  });
  if (run.status !== 0 || !electronBinaryPresent(dir)) {
    say([
      'Could not download the Electron binary (it comes from GitHub, which this machine cannot reach).',
      'The install itself succeeded: build, type-check and the Chromium tests all work.',
      'To run the desktop app, allow access to github.com (or set ELECTRON_MIRROR to a mirror)',
      'and run `node node_modules/electron/install.js`, then `npm run postinstall`.',
      'To silence this message on machines that never run the app: ELECTRON_SKIP_BINARY_DOWNLOAD=1.',
    ]);
    process.exit(0);
  }
}

// The Electron binary is here, so the desktop app will run: it needs better-sqlite3 compiled
// against Electron's ABI. That copy lives apart from node_modules so the Node-side tests keep
// the Node build (one shared build cannot serve both ABIs).
const result = buildElectronNative(root);
if (result.ok) say([`better-sqlite3 built for Electron ${result.electronVersion}: ${result.path}`]);
else
  say([
    `Could not build better-sqlite3 for Electron: ${result.reason}`,
    'Tests are unaffected; `npm start` will report the missing native module.',
    'Retry with `npm run postinstall` once Electron headers can be downloaded.',
  ]);
