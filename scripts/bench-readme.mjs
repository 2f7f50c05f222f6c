// Writes the benchmark's figures into the README from bench/results/latest.json, between
// <!-- NAME:start --> and <!-- NAME:end --> markers, so no figure is ever typed by hand.
// `npm run bench` runs it after every run; a unit test fails when the README and the JSON differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Which rows go in which README block. */
export const README_BLOCKS = [
  { name: 'room-bench', rows: (what) => what.startsWith('room: ') },
  { name: 'office-bench', rows: (what) => what.startsWith('office: ') },
];

const fmt = (n, unit) => {
  if (n === null || Number.isNaN(n)) return '—';
  const v = Math.abs(n) >= 100 || Number.isInteger(n) ? n.toFixed(0) : n.toFixed(1);
  return `${v} ${unit}`;
};

/** A Markdown table of the chosen rows, with the run's date and machine under it. */
export function benchTable(result, pick) {
  const rows = result.rows.filter((r) => pick(r.what));
  const lines = [
    '| what | cards | Waymark | baseline | ratio |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.what.replace(/^\w+: /, '')} | ${r.size} | ${fmt(r.waymark, r.unit)} | ${fmt(r.baseline, r.unit)} | ${
          r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`
        } |`,
    ),
    '',
    `Measured ${result.date.slice(0, 10)} on ${result.cpus} cores (${result.cpu}), Chromium ${result.chromium}, Node ${result.node}.`,
  ];
  return lines.join('\n');
}

/** The README with every block rewritten from the results. */
export function withBenchFigures(readme, result) {
  let out = readme;
  for (const block of README_BLOCKS) {
    const start = `<!-- ${block.name}:start -->`;
    const end = `<!-- ${block.name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README has no ${block.name} block`);
    out = `${out.slice(0, from + start.length)}\n\n${benchTable(result, block.rows)}\n\n${out.slice(to)}`;
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = JSON.parse(readFileSync('bench/results/latest.json', 'utf8'));
  writeFileSync('README.md', withBenchFigures(readFileSync('README.md', 'utf8'), result));
  console.log('[bench] README figures written from bench/results/latest.json');
}
