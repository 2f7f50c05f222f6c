import { spawn } from 'node:child_process';
import { electronExecutable } from './electron-binary.mjs';
import { checkNode } from './node-version.mjs';

if (!checkNode()) process.exit(1);

const electron = electronExecutable();
if (!electron.ok) {
  console.error(`[waymark] Cannot start the desktop app. ${electron.reason}`);
  process.exit(1);
}
const child = spawn(electron.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
