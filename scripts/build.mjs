// One command builds the three parts: main and preload with esbuild, the renderer with Vite.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

/** A `require` for an ES module bundle, so bundled CommonJS code can load Node's built-in modules. */
export const NODE_REQUIRE =
  "import { createRequire as __waymarkRequire } from 'node:module'; const require = __waymarkRequire(import.meta.url);";

export const nodeBuilds = [
  {
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main.js',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    bundle: true,
    sourcemap: true,
    // Native and Electron modules are loaded at run time, never bundled.
    external: ['electron', 'better-sqlite3'],
    // Bundled CommonJS packages (exceljs) require Node's own modules: give the ES module a require.
    banner: { js: NODE_REQUIRE },
    logLevel: 'warning',
  },
  {
    // The library's own thread (electron/main/library/remote): SQLite off the main thread.
    entryPoints: ['electron/main/library/remote/libraryThread.ts'],
    outfile: 'dist/electron/libraryThread.js',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    bundle: true,
    sourcemap: true,
    external: ['better-sqlite3'],
    banner: { js: NODE_REQUIRE },
    logLevel: 'warning',
  },
  {
    // The workshop room's own thread (electron/main/room): its sockets never share the window's heap.
    entryPoints: ['electron/main/room/roomThread.ts'],
    outfile: 'dist/electron/roomThread.js',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    bundle: true,
    sourcemap: true,
    banner: { js: NODE_REQUIRE },
    logLevel: 'warning',
  },
  {
    // Each file to import is read on a thread of its own, bounded in time and memory.
    entryPoints: ['electron/main/files/importThread.ts'],
    outfile: 'dist/electron/importThread.js',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    bundle: true,
    sourcemap: true,
    banner: { js: NODE_REQUIRE },
    logLevel: 'warning',
  },
  {
    // Sandboxed preloads cannot be ES modules.
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    bundle: true,
    sourcemap: 'inline',
    external: ['electron'],
    logLevel: 'warning',
  },
];

export async function buildAll() {
  const started = Date.now();
  await Promise.all(nodeBuilds.map((options) => esbuild(options)));
  await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(`[waymark] built main, preload and renderer in ${Date.now() - started} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
}
