import { embeddedFontFaces, FONT_STACK, type ExportFace } from '../../../shared/render/typeface';
import type { DisplayList, Item } from './display/types';
import type { GlyphOutliner } from './glyphOutlines';
import { isExportablePicture } from './picture';

/** XML text escaping: card text is data and must never become markup in the file. */
export function escapeXml(s: string): string {
  return (
    s
      // XML 1.0 cannot hold these control characters at all, even escaped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function image(i: Extract<Item, { kind: 'image' }>): string {
  if (!isExportablePicture(i.href)) return '';
  const box = `x="${n(i.x)}" y="${n(i.y)}" width="${n(i.w)}" height="${n(i.h)}"`;
  const clip = i.round
    ? `<clipPath id="c${n(i.x)}-${n(i.y)}"><circle cx="${n(i.x + i.w / 2)}" cy="${n(i.y + i.h / 2)}" r="${n(i.w / 2)}"/></clipPath>`
    : '';
  const clipRef = i.round ? ` clip-path="url(#c${n(i.x)}-${n(i.y)})"` : '';
  return `${clip}<image ${box} preserveAspectRatio="xMidYMid slice" href="${i.href}"${clipRef}/>`;
}

function item(i: Item, outlines?: GlyphOutliner): string {
  switch (i.kind) {
    case 'image':
      return image(i);
    case 'rect':
      return `<rect x="${n(i.x)}" y="${n(i.y)}" width="${n(i.w)}" height="${n(i.h)}"${i.radius ? ` rx="${i.radius}"` : ''} fill="${i.fill ?? 'none'}"${
        i.stroke ? ` stroke="${i.stroke}" stroke-width="${i.strokeWidth ?? 1}"` : ''
      }${i.dash ? ` stroke-dasharray="${i.dash.join(' ')}"` : ''}/>`;
    case 'line':
      return `<line x1="${n(i.x1)}" y1="${n(i.y1)}" x2="${n(i.x2)}" y2="${n(i.y2)}" stroke="${i.stroke}" stroke-width="${i.width}"${
        i.dash ? ` stroke-dasharray="${i.dash.join(' ')}"` : ''
      }/>`;
    case 'text':
      if (outlines) return outlines.text(i.text, i.x, i.y, i.size, i.bold ?? false, i.fill);
      return `<text x="${n(i.x)}" y="${n(i.y)}" font-size="${i.size}"${i.bold ? ' font-weight="bold"' : ''} fill="${i.fill}">${escapeXml(i.text)}</text>`;
    case 'path':
      return `<path d="${i.d}" fill="${i.fill ?? 'none'}"${i.stroke ? ` stroke="${i.stroke}" stroke-width="${i.width ?? 1}" stroke-linecap="round"` : ''}${
        i.dash ? ` stroke-dasharray="${i.dash.join(' ')}"` : ''
      }/>`;
    case 'circle':
      return `<circle cx="${n(i.cx)}" cy="${n(i.cy)}" r="${n(i.r)}" fill="${i.fill}"${i.stroke ? ` stroke="${i.stroke}" stroke-width="${i.strokeWidth ?? 1}"` : ''}/>`;
  }
}

export interface SvgOptions {
  /** Base64 TTFs embedded as @font-face so the file renders the same everywhere. */
  embedFonts?: Record<ExportFace, string>;
  /** Text as glyph outlines instead (for rasterising: see glyphOutlines.ts); no font is embedded. */
  outlines?: GlyphOutliner;
  title: string;
}

/** A self-contained SVG: real text, no scripts, no external references, no foreignObject. */
export function toSvg(list: DisplayList, options: SvgOptions): string {
  const body = list.items.map((i) => item(i, options.outlines));
  // The outlines' definitions are known once every text is drawn; they go before their uses.
  if (options.outlines) body.unshift(options.outlines.defs());
  const fonts = options.embedFonts ? `<style>${embeddedFontFaces(options.embedFonts)}</style>` : '';
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(list.width)}" height="${n(list.height)}" viewBox="0 0 ${n(list.width)} ${n(list.height)}" font-family="${FONT_STACK.replace(/'/g, '&apos;')}">`,
    `<title>${escapeXml(options.title)}</title>`,
    ...(options.outlines ? [] : [fonts]),
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...body,
    `</svg>`,
  ].join('\n');
}
