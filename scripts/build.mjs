// One command builds the three parts: main and preload with esbuild, the renderer with Vite.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

/** A `require` for an ES module bundle, so bundled CommonJS code can load Node's built-in modules. */
export const NODE_REQUIRE =
  "import { createRequire as __waymarkRequire } from 'node:module'; const require = __waymarkRequire(import.meta.url);";

/**
 * A Node ES module bundle of the main process or one of its threads. Native and Electron modules
 * are loaded at run time, never bundled; bundled CommonJS packages (exceljs) require Node's own
 * modules, so the ES module is given a require.
 */
const nodeBundle = (entry, outfile) => ({
  entryPoints: [entry],
  outfile,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  bundle: true,
  sourcemap: true,
  external: ['electron', 'better-sqlite3', 'playwright-core'],
  banner: { js: NODE_REQUIRE },
  logLevel: 'warning',
});

export const nodeBuilds = [
  nodeBundle('electron/main/index.ts', 'dist/electron/main.js'),
  // The library's own thread (electron/main/library/remote): SQLite off the main thread.
  nodeBundle('electron/main/library/remote/libraryThread.ts', 'dist/electron/libraryThread.js'),
  // The workshop room's own thread (electron/main/room): its sockets never share the window's heap.
  nodeBundle('electron/main/room/roomThread.ts', 'dist/electron/roomThread.js'),
  // Each file to import is read on a thread of its own, bounded in time and memory.
  nodeBundle('electron/main/files/importThread.ts', 'dist/electron/importThread.js'),
  // Waymark without Electron: the same services driving the renderer in the system's Chromium.
  nodeBundle('electron/chromium/index.ts', 'dist/electron/chromium.js'),
  {
    // Its page side (and the end-to-end tests'): the preload's API over a Playwright binding.
    entryPoints: ['electron/chromium/pageBridge.ts'],
    outfile: 'dist/electron/pageBridge.js',
    format: 'iife',
    platform: 'browser',
    target: 'chrome130',
    bundle: true,
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
