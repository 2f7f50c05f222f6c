import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
// @ts-expect-error: the build script is plain ESM without types; the banner is declared there once.
import { NODE_REQUIRE } from '../../scripts/build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles a TypeScript entry for a child process, inside the repository so it finds node_modules. */
export function bundleForChild(entry: string): string {
  const outdir = join(root, 'test-results', 'children');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, basename(entry).replace(/\.ts$/, '.mjs'));
  buildSync({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3'],
    // As the app's main build: bundled CommonJS packages (exceljs) require Node's own modules.
    banner: { js: NODE_REQUIRE as string },
  });
  return outfile;
}
