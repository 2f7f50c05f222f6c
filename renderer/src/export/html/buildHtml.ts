import type { JourneyMap } from '../../../../shared/model/types';
import { bytesToBase64 } from '../base64';
import { viewerData, type ViewerExtras } from './viewerData';
import { viewerScript } from './viewerScript';
import { VIEWER_CSS } from './viewerStyle';
import { embeddedFontFaces, type ExportFace } from '../../../../shared/render/typeface';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JSON that can sit in a <script type="application/json"> block: nothing in it can close the
 * block or open a comment, whatever the cards say (the browser never runs this block anyway).
 */
const inertJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return bytesToBase64(new Uint8Array(digest));
}

/**
 * The map as one self-contained HTML file a stakeholder opens in any browser, offline: the map
 * as inert JSON, the viewer's script and style inline and allowed by their hashes only (no other
 * script, style, frame, image or connection may load, and fonts only from the file itself: the CSP in the page says so).
 */
export async function buildHtml(
  doc: JourneyMap,
  fonts: Record<ExportFace, string>,
  extras: ViewerExtras = {},
): Promise<string> {
  const script = viewerScript();
  // The faces whole (≈0.65 MB): a browser needs their character maps, which pdf-lib's subsetter drops.
  const style = embeddedFontFaces(fonts) + VIEWER_CSS;
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${await sha256(script)}'`,
    `style-src 'sha256-${await sha256(style)}'`,
    'img-src data:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="${doc.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Waymark">
<title>${escapeHtml(doc.title)}</title>
<style>${style}</style>
</head>
<body>
<script type="application/json" id="map-data">${inertJson(viewerData(doc, extras))}</script>
<script>${script}</script>
</body>
</html>
`;
}
