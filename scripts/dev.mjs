// Hot reload: Vite serves the renderer with HMR; main and preload rebuild on change and
// Electron restarts to pick them up.
import { spawn } from 'node:child_process';
import { context } from 'esbuild';
import { createServer } from 'vite';
import { nodeBuilds } from './build.mjs';
import { electronExecutable } from './electron-binary.mjs';

const electron = electronExecutable();
if (!electron.ok) {
  console.error(`[waymark] npm run dev needs Electron. ${electron.reason}`);
  process.exit(1);
}
const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const url = server.resolvedUrls.local[0];

let child = null;
let pending = null;
// Main and preload finish building at nearly the same moment: restart once for both.
function restart() {
  clearTimeout(pending);
  pending = setTimeout(relaunchNow, 150);
}
function relaunchNow() {
  if (child) child.kill();
  child = spawn(electron.path, ['.', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, WAYMARK_DEV_SERVER_URL: url },
  });
}
const relaunch = { name: 'relaunch', setup: (b) => b.onEnd((r) => r.errors.length === 0 && restart()) };
for (const options of nodeBuilds) {
  const ctx = await context({ ...options, plugins: [relaunch] });
  await ctx.watch();
}
