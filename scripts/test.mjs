// `npm test`: type-check, lint, build, the Electron security scan, unit + main-process tests
// (vitest), then the browser end-to-end tests (Playwright). Every step runs even if an earlier
// one failed, so one run shows everything that is wrong; the closing line sums the test counts
// of both runners.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { checkNode } from './node-version.mjs';

if (!checkNode()) process.exit(1);

const VITEST_JSON = 'test-results/vitest.json';
const PLAYWRIGHT_JSON = 'test-results/playwright.json';

const steps = [
  ['type-check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['security scan (electronegativity)', 'npm', ['run', '--silent', 'scan']],
  [
    'unit and main-process tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
  ],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });
const failed = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n[waymark] ${name}`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(
    `[waymark] ${name}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (run.status !== 0) failed.push(name);
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const vitest = read(VITEST_JSON);
const playwright = read(PLAYWRIGHT_JSON);
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats.expected ?? 0);
// A file whose setup (beforeAll) threw reports its tests as skipped, not failed: count such
// files as failures so the summary line never reads "0 failed" over a broken suite.
const brokenFiles = (vitest?.testResults ?? []).filter(
  (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
).length;
const failedTests =
  (vitest?.numFailedTests ?? 0) + brokenFiles + (playwright?.stats.unexpected ?? 0) + (playwright?.stats.flaky ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats.skipped ?? 0);
if (!vitest) failed.push('vitest wrote no results');
if (!playwright) failed.push('playwright wrote no results');

console.log('');
if (failed.length) console.log(`[waymark] failed steps: ${failed.join(', ')}`);
console.log(`tests: ${passed} passed, ${failedTests} failed, ${skipped} skipped`);
process.exit(failed.length || failedTests ? 1 : 0);
