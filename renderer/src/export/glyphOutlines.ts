import type { ExportFace } from '../../../shared/render/typeface';
import type { Font, FontMetrics } from './fontMetrics';

export interface GlyphOutliner {
  /** The text as `<use>`s of shared glyph outlines, laid out by the font (kerning, marks). */
  text: (text: string, x: number, y: number, size: number, bold: boolean, fill: string) => string;
  /** The `<defs>` holding each glyph used so far, once. */
  defs: () => string;
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/**
 * Text drawn as the faces' own outlines rather than as text. A browser rasterising an SVG image
 * draws text in a face that is still loading as nothing (the font's block period), so a PNG made
 * from SVG text could lose words at random; outlines need no font at all and are the very glyphs
 * the PDF embeds. Each glyph is defined once and reused, so a 1,000-card map stays small.
 */
export function glyphOutliner(metrics: FontMetrics): GlyphOutliner {
  const defined = new Map<string, string>();
  /** The glyph's id in the defs, or null for one with no outline (a space only moves the pen). */
  const idOf = (face: ExportFace, font: Font, glyphId: number): string | null => {
    const id = `g${face[0]}${glyphId}`;
    if (!defined.has(id)) {
      const d = font.getGlyph(glyphId).path.toSVG();
      defined.set(id, d ? `<path id="${id}" d="${d}"/>` : '');
    }
    return defined.get(id) ? id : null;
  };
  return {
    defs: () => `<defs>${[...defined.values()].join('')}</defs>`,
    text: (text, x, y, size, bold, fill) => {
      const out: string[] = [];
      let pen = x;
      for (const run of metrics.runs(text, bold)) {
        const font = metrics.face(run.face);
        const k = size / font.unitsPerEm;
        const laid = font.layout(run.text);
        let advance = 0;
        const uses: string[] = [];
        laid.glyphs.forEach((g, i) => {
          const p = laid.positions[i]!;
          const id = idOf(run.face, font, g.id);
          if (id) uses.push(`<use href="#${id}" x="${Math.round(advance + p.xOffset)}" y="${Math.round(p.yOffset)}"/>`);
          advance += p.xAdvance;
        });
        // Font units grow upwards: flip them at the baseline.
        out.push(`<g transform="translate(${n(pen)} ${n(y)}) scale(${k} ${-k})">${uses.join('')}</g>`);
        pen += advance * k;
      }
      return `<g fill="${fill}">${out.join('')}</g>`;
    },
  };
}
