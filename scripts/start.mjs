// `npm start` (after the build): the desktop app in Electron; where Electron's binary cannot be
// had, the same app in the system's Chromium (dist/electron/chromium.js), said in a line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronExecutable } from './electron-binary.mjs';
import { checkNode } from './node-version.mjs';

if (!checkNode()) process.exit(1);

/** A Chromium on this machine: WAYMARK_CHROMIUM, or the first of the usual names on PATH. */
function findChromium() {
  if (process.env.WAYMARK_CHROMIUM)
    return existsSync(process.env.WAYMARK_CHROMIUM) ? process.env.WAYMARK_CHROMIUM : null;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

const run = (command, args, env = process.env) => {
  const child = spawn(command, args, { stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
};

const electron = electronExecutable();
if (electron.ok) run(electron.path, ['.', ...process.argv.slice(2)]);
else {
  const browser = findChromium();
  if (!browser) {
    console.error(`[waymark] Cannot start the desktop app. ${electron.reason}`);
    console.error(
      '[waymark] No Chromium was found either (set WAYMARK_CHROMIUM to one) to run Waymark without Electron.',
    );
    process.exit(1);
  }
  run(process.execPath, ['dist/electron/chromium.js', ...process.argv.slice(2)], {
    ...process.env,
    WAYMARK_CHROMIUM: browser,
  });
}
