import { extname, join, normalize, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'waymark';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL (or, in Chromium without Electron, a URL of the app's own origin there) to
 * a file inside the renderer folder, or null. Anything that would leave
 * the folder (.., encoded separators, another host) is refused, so the protocol cannot be used
 * to read arbitrary files.
 */
export function resolveAppPath(
  rendererDir: string,
  rawUrl: string,
  origin: { protocol: string; host: string } = { protocol: `${APP_SCHEME}:`, host: APP_HOST },
): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== origin.protocol || url.host !== origin.host) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const root = normalize(rendererDir + sep);
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  return file.startsWith(root) ? file : null;
}
