/**
 * The renderer's Content-Security-Policy: written into the built index.html (meta) and sent as
 * a header by the app:// protocol. No eval (zod runs jitless), no remote origins.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // React Flow positions nodes with inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** frame-ancestors only works as a header (a meta CSP ignores it with a console warning). */
export const RENDERER_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`;
