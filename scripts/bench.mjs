// Bundles the benchmark (TypeScript that imports the main-process library) and runs it with Node.
// The main-process memory probe is bundled beside it: it runs as its own process.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('dist/bench', { recursive: true });
for (const name of ['mainRss', 'run', 'roomClients', 'attacks'])
  await build({
    entryPoints: [`bench/${name}.ts`],
    outfile: `dist/bench/${name}.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
// `--attacks`: the room attacks of issue 25 (memory, refusals, times), printed as a table.
if (process.argv.includes('--attacks'))
  process.exit(
    spawnSync(process.execPath, ['--expose-gc', 'dist/bench/attacks.mjs'], { stdio: 'inherit' }).status ?? 1,
  );
const run = spawnSync(process.execPath, ['--expose-gc', 'dist/bench/run.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (run.status === 0) {
  spawnSync(process.execPath, ['scripts/bench-readme.mjs'], { stdio: 'inherit' });
  spawnSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--write', 'README.md'], { stdio: 'inherit' });
}
process.exit(run.status ?? 1);
