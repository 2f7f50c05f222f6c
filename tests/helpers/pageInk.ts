import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * How much of each page's printable area (inside `margin` points, above the footer) the drawing
 * covers, measured from the PDF as poppler renders it: the box around every non-white pixel,
 * as a fraction of the printable box. A reader nobody here wrote decides what is on the page.
 */
export function pageCoverage(pdf: string, margin: number, footer: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-ink-'));
  const dpi = 24;
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdf, join(dir, 'p')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte a pixel.
      const head = bytes.subarray(0, 40).toString('latin1').split(/\s+/);
      const [w, h] = [Number(head[1]), Number(head[2])];
      const data = bytes.subarray(bytes.length - w * h);
      const k = dpi / 72;
      const [x0, y0, x1, y1] = [margin * k, margin * k, w - margin * k, h - (margin + footer) * k].map(Math.round) as [
        number,
        number,
        number,
        number,
      ];
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++)
          if (data[y * w + x]! < 245) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
          }
      if (maxX < minX) return 0;
      return ((maxX - minX + 1) * (maxY - minY + 1)) / ((x1 - x0) * (y1 - y0));
    });
}

/** Each page of a PDF as poppler draws it in colour, `dpi` pixels an inch: width, height, RGB bytes. */
export function pageColours(pdf: string, dpi: number): { w: number; h: number; rgb: Uint8Array }[] {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-colour-'));
  execFileSync('pdftoppm', ['-r', String(dpi), pdf, join(dir, 'p')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ppm'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      const head = bytes.subarray(0, 40).toString('latin1').split(/\s+/);
      const [w, h] = [Number(head[1]), Number(head[2])];
      return { w, h, rgb: new Uint8Array(bytes.subarray(bytes.length - w * h * 3)) };
    });
}
