import fontkit from '@pdf-lib/fontkit';
import type { ExportFace } from '../../../shared/render/typeface';

/** The bytes of the faces exports embed (shared/render/typeface.ts). */
export type ExportFonts = Record<ExportFace, Uint8Array>;

/** A piece of one text item drawn with one face. */
export interface TextRun {
  text: string;
  face: ExportFace;
}

export interface FontMetrics {
  /** Advance width of `text` at `size` px, each letter measured in the face that draws it. */
  width: (text: string, size: number, bold?: boolean) => number;
  /** `text` cut where the drawing face changes: the main face, or the symbols for what it lacks. */
  runs: (text: string, bold?: boolean) => TextRun[];
  /** The parsed face, for drawing (glyph outlines): parsed once, here. */
  face: (face: ExportFace) => Font;
}

export type Font = ReturnType<typeof fontkit.create>;

/**
 * Text widths from the font files themselves (not the DOM), so the SVG and the PDF wrap every
 * line exactly as the embedded faces will draw it, in the browser or in Node. A letter the main
 * face has no glyph for is drawn (and measured) in the symbols face, as CSS falls back on screen.
 */
export function fontMetrics(fonts: ExportFonts): FontMetrics {
  const faces: Record<ExportFace, Font> = {
    regular: fontkit.create(fonts.regular),
    bold: fontkit.create(fonts.bold),
    symbols: fontkit.create(fonts.symbols),
  };
  const widths = new Map<string, number>();
  const runsCache = new Map<string, TextRun[]>();

  const faceOf = (codePoint: number, main: ExportFace): ExportFace =>
    faces[main].hasGlyphForCodePoint(codePoint) || !faces.symbols.hasGlyphForCodePoint(codePoint) ? main : 'symbols';

  const runs = (text: string, bold = false): TextRun[] => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    const hit = runsCache.get(key);
    if (hit) return hit;
    const main: ExportFace = bold ? 'bold' : 'regular';
    const out: TextRun[] = [];
    for (const letter of text) {
      const face = faceOf(letter.codePointAt(0)!, main);
      const last = out[out.length - 1];
      // Combining marks stay with the letter before them, whichever face that is.
      if (last && (last.face === face || /\p{M}/u.test(letter))) last.text += letter;
      else out.push({ text: letter, face });
    }
    if (runsCache.size > 50_000) runsCache.clear();
    runsCache.set(key, out);
    return out;
  };

  return {
    runs,
    face: (face) => faces[face],
    width: (text, size, bold = false) => {
      const key = `${bold ? 'b' : 'r'}${text}`;
      let units = widths.get(key);
      if (units === undefined) {
        units = 0;
        for (const run of runs(text, bold)) {
          const font = faces[run.face];
          units += font.layout(run.text).advanceWidth / font.unitsPerEm;
        }
        if (widths.size > 50_000) widths.clear();
        widths.set(key, units);
      }
      return units * size;
    },
  };
}
