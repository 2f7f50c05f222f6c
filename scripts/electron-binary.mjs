import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinaryPresent } from './electron-native.mjs';

/**
 * The Electron executable, or a clear explanation of why there is none. It only looks:
 * `require('electron')` would start a download from GitHub when the binary is missing.
 */
export function electronExecutable() {
  const require = createRequire(import.meta.url);
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'The electron package is not installed: run `npm install`.' };
  }
  if (!electronBinaryPresent(dir))
    return {
      ok: false,
      reason:
        'The Electron binary is not installed (it is downloaded from GitHub at install time, ' +
        'which failed or was skipped with ELECTRON_SKIP_BINARY_DOWNLOAD). ' +
        'Allow access to github.com or set ELECTRON_MIRROR, then run `node node_modules/electron/install.js` ' +
        'and `npm run postinstall`.',
    };
  return { ok: true, path: join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim()) };
}
