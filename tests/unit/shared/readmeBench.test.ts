import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types, shared with `npm run bench`.
import { benchChart, withBenchFigures } from '../../../scripts/bench-readme.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Tables as Prettier aligns them or not: cells trimmed, rules shortened. */
const normalise = (text: string) =>
  text
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .split('|')
            .map((cell) => cell.trim().replace(/^(:?)-+(:?)$/, '$1---$2'))
            .join('|')
        : line.trim(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');

describe('the README’s benchmark figures', () => {
  it('are the ones in bench/results/latest.json, not typed by hand', () => {
    const readme = read('README.md');
    const result: unknown = JSON.parse(read('bench/results/latest.json'));
    const regenerated = (withBenchFigures as (readme: string, result: unknown) => string)(readme, result);
    expect(normalise(readme)).toBe(normalise(regenerated));
  });

  it('are charted in bench/results/latest.svg from the same results', () => {
    const result: unknown = JSON.parse(read('bench/results/latest.json'));
    expect(read('bench/results/latest.svg')).toBe((benchChart as (result: unknown) => string)(result));
  });
});
