// `npm run scan`: Electronegativity (Doyensec's static checker for Electron's security checklist)
// over the main process, the preload and the built page, offline. Fails on any HIGH finding.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ELECTRON_VERSION = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
if (!existsSync('dist/renderer/index.html')) {
  console.error('[scan] build first (npm run build): the scan reads the built page for its CSP');
  process.exit(1);
}
// Global checks (CSP, navigation limits, permission handler) need the whole app in one input.
const dir = mkdtempSync(join(tmpdir(), 'waymark-scan-'));
cpSync('electron', join(dir, 'electron'), { recursive: true });
cpSync('dist/renderer/index.html', join(dir, 'index.html'));
const out = join(dir, 'findings.csv');
const run = spawnSync(
  process.execPath,
  [
    'node_modules/@doyensec/electronegativity/dist/index.js',
    '-i',
    dir,
    '-o',
    out,
    '-r',
    '-v',
    'false',
    // Offline: the version is given, not looked up on GitHub.
    '-e',
    ELECTRON_VERSION,
  ],
  { encoding: 'utf8' },
);
if (!existsSync(out)) {
  console.error(run.stdout, run.stderr);
  console.error('[scan] electronegativity wrote no findings file');
  process.exit(1);
}
const rows = readFileSync(out, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.match(/^([A-Z_]+),"(\w+)","(\w+)","([^"]*)","([^"]*)"/))
  .filter(Boolean)
  .map(([, check, severity, confidence, file, at]) => ({ check, severity, confidence, file, at }));
rmSync(dir, { recursive: true, force: true });
for (const r of rows) console.log(`[scan] ${r.severity.padEnd(13)} ${r.check} ${r.file}:${r.at} (${r.confidence})`);
const high = rows.filter((r) => r.severity === 'HIGH' || r.severity === 'CRITICAL');
console.log(`[scan] electronegativity: ${rows.length} findings, ${high.length} high or critical`);
process.exit(high.length ? 1 : 0);
