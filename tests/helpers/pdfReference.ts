import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const REFERENCES = join(import.meta.dirname, '..', 'unit', 'export', '__references__');

/**
 * Renders page `page` of a PDF with poppler (a client we did not write) and compares it with
 * a reviewed reference picture. A missing reference is written (and reported) only when
 * UPDATE_REFERENCES=1, so a forgotten reference fails instead of passing silently.
 * Returns the number of pixels that differ beyond pixelmatch's colour threshold.
 */
export function comparePdfPage(pdf: string, name: string, page = 1): { diff: number; size: number } {
  const out = join(dirname(pdf), `${name}-actual`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, out]);
  const actualFile = `${out}.png`;
  const referenceFile = join(REFERENCES, `${name}.png`);
  if (!existsSync(referenceFile)) {
    if (process.env.UPDATE_REFERENCES !== '1')
      throw new Error(
        `No reference picture ${referenceFile}; look at ${actualFile}, then run with UPDATE_REFERENCES=1.`,
      );
    mkdirSync(REFERENCES, { recursive: true });
    copyFileSync(actualFile, referenceFile);
  }
  const actual = PNG.sync.read(readFileSync(actualFile));
  const reference = PNG.sync.read(readFileSync(referenceFile));
  if (actual.width !== reference.width || actual.height !== reference.height)
    return { diff: Number.POSITIVE_INFINITY, size: actual.width * actual.height };
  const diff = pixelmatch(actual.data, reference.data, undefined, actual.width, actual.height, { threshold: 0.1 });
  return { diff, size: actual.width * actual.height };
}
