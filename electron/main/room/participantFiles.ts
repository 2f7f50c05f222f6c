import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

export const PAGE_WITHOUT_TOKEN = `<!doctype html><meta charset="utf-8"><title>Waymark workshop room</title>
<p>Ask the facilitator for the room's link or QR code. · Hãy xin người điều phối đường dẫn hoặc mã QR của phòng.</p>`;

/** The participant page may load only its own files and talk only to its own room. */
export const PARTICIPANT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  // The bundled typeface, served from the app's own files.
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

/**
 * A file of the participant app: its page, or one of the built assets it loads. Nothing else
 * of the app (the editor, maps, personas) is reachable, and no path can climb out of assets/.
 */
export function participantFile(appDir: string, path: string): { bytes: Buffer; type: string } | null {
  const name =
    path === '/' ? 'participant.html' : /^\/assets\/[\w.-]+\.(js|css|ttf)$/.test(path) ? path.slice(1) : null;
  if (!name) return null;
  const type = TYPES[extname(name)];
  try {
    return type ? { bytes: readFileSync(join(appDir, name)), type } : null;
  } catch {
    return null;
  }
}
