import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { RENDERER_CSP } from './shared/security/csp';

const version = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

// The production CSP. Dev mode injects inline scripts for hot reload, so the policy is only
// written into the built index.html (what Electron and the e2e tests load).
function contentSecurityPolicy(): Plugin {
  return {
    name: 'waymark-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" />`),
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  // The About dialog shows it; the renderer cannot read package.json itself.
  define: { __WAYMARK_VERSION__: JSON.stringify(version) },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    minify: process.env.WAYMARK_NO_MINIFY ? false : undefined,
    sourcemap: true,
    // The editor, and the page a workshop room serves to participants' phones.
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        participant: fileURLToPath(new URL('./renderer/participant.html', import.meta.url)),
      },
    },
  },
  server: { port: 5183, strictPort: true },
});
