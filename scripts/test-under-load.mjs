// `npm run test:load`: the whole suite, three times in a row, with two CPU hogs running beside
// it (as on a busy 2-core machine), to show the tests wait on events, not on time. The hogs are
// ended however the runs end (success, failure, Ctrl+C).
import { spawn, spawnSync } from 'node:child_process';

const RUNS = Number(process.env.WAYMARK_LOAD_RUNS ?? 3);
const hogs = [0, 1].map(() => spawn('yes', { stdio: ['ignore', 'ignore', 'ignore'] }));
const stop = () => hogs.forEach((h) => h.kill('SIGKILL'));
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

let failed = 0;
for (let run = 1; run <= RUNS; run++) {
  console.log(`\n[waymark] run ${run} of ${RUNS} under load (${hogs.length} CPU hogs)`);
  const started = Date.now();
  const result = spawnSync('npm', ['test'], { stdio: 'inherit' });
  console.log(
    `[waymark] run ${run}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (result.status !== 0) failed += 1;
}
console.log(`\n[waymark] under load: ${RUNS - failed} of ${RUNS} runs passed`);
process.exit(failed ? 1 : 0);
