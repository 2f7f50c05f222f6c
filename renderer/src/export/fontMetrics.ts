import fontkit from '@pdf-lib/fontkit';

export interface FontMetrics {
  /** Advance width of `text` at `size` px. */
  width: (text: string, size: number, bold?: boolean) => number;
}

export interface ExportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * Text widths from the font file itself (not the DOM), so the SVG and the PDF wrap every line
 * exactly as the embedded font will draw it, in the browser or in Node.
 */
export function fontMetrics(fonts: ExportFonts): FontMetrics {
  const regular = fontkit.create(fonts.regular);
  const bold = fontkit.create(fonts.bold);
  const cache = new Map<string, number>();
  return {
    width: (text, size, isBold = false) => {
      const key = `${isBold ? 'b' : 'r'}${text}`;
      let units = cache.get(key);
      if (units === undefined) {
        const font = isBold ? bold : regular;
        units = font.layout(text).advanceWidth / font.unitsPerEm;
        if (cache.size > 50_000) cache.clear();
        cache.set(key, units);
      }
      return units * size;
    },
  };
}
