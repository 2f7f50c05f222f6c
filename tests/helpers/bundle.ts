import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
// @ts-expect-error: the build script is plain ESM without types; the banner is declared there once.
import { NODE_REQUIRE } from '../../scripts/build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = new Map<string, string>();

/**
 * Bundles a TypeScript entry for a child process, inside the repository so it finds node_modules.
 * The file is named by its content and written whole (temporary name, then rename): a child that
 * is starting never reads a bundle another test (or test process) is rewriting.
 */
export function bundleForChild(entry: string): string {
  const cached = built.get(entry);
  if (cached) return cached;
  const outdir = join(root, 'test-results', 'children');
  mkdirSync(outdir, { recursive: true });
  const [output] = buildSync({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3'],
    // As the app's main build: bundled CommonJS packages (exceljs) require Node's own modules.
    banner: { js: NODE_REQUIRE as string },
  }).outputFiles;
  const text = output!.text;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const outfile = join(outdir, `${basename(entry).replace(/\.ts$/, '')}-${hash}.mjs`);
  if (!existsSync(outfile)) {
    const temp = `${outfile}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, outfile);
  }
  built.set(entry, outfile);
  return outfile;
}
