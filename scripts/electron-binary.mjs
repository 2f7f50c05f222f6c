import { createRequire } from 'node:module';

/** The Electron executable, or a clear explanation of why there is none. */
export function electronExecutable() {
  const require = createRequire(import.meta.url);
  try {
    return { ok: true, path: require('electron') };
  } catch (err) {
    return {
      ok: false,
      reason:
        'The Electron binary is not installed (it is downloaded from GitHub at install time, ' +
        'which failed or was skipped with ELECTRON_SKIP_BINARY_DOWNLOAD). ' +
        'Allow access to github.com or set ELECTRON_MIRROR, then run `node node_modules/electron/install.js` ' +
        `and \`npm run postinstall\`. (${err.message.split('\n')[0]})`,
    };
  }
}
