// Writes the benchmark's figures into the README from bench/results/latest.json, between
// <!-- NAME:start --> and <!-- NAME:end --> markers, so no figure is ever typed by hand.
// `npm run bench` runs it after every run; a unit test fails when the README and the JSON differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Which rows go in which README block. */
export const README_BLOCKS = [
  { name: 'bench', rows: (what) => !what.startsWith('room: ') && !what.startsWith('office: ') },
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
  const spread = rows.some((r) => r.min !== undefined);
  const lines = [
    `| what | cards | Waymark |${spread ? ' runs: min–max |' : ''} baseline | ratio |`,
    `| --- | ---: | ---: |${spread ? ' ---: |' : ''} ---: | ---: |`,
    ...rows.map(
      (r) =>
        `| ${r.what.replace(/^(room|office): /, '').trim()} | ${r.size || '—'} | ${fmt(r.waymark, r.unit)} |${
          spread ? ` ${r.min === undefined ? '—' : `${fmt(r.min, '').trim()}–${fmt(r.max, r.unit)}`} |` : ''
        } ${fmt(r.baseline, r.unit)} | ${r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`} |`,
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

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The chart the README shows: every figure that has a baseline, as Waymark's ratio to it (a bar;
 * the line is 1.0×, left of it Waymark needs less). Plain SVG text and rectangles.
 */
export function benchChart(result) {
  const rows = result.rows.filter((r) => r.ratio !== null && !r.what.startsWith('room: participants'));
  const [labelW, barW, rowH, top] = [560, 360, 20, 40];
  const most = Math.max(2, ...rows.map((r) => r.ratio));
  const x = (ratio) => labelW + (barW * Math.min(ratio, most)) / most;
  const colour = (ratio) => (ratio <= 1.0 ? '#1b7f3b' : ratio <= 1.25 ? '#b7791f' : '#c53030');
  const height = top + rows.length * rowH + 30;
  const body = rows.map((r, i) => {
    const y = top + i * rowH;
    const label = `${r.what.replace(/^(room|office): /, '').trim()} (${r.size || '—'})`;
    return [
      `<text x="${labelW - 8}" y="${y + 14}" text-anchor="end">${escape(label)}</text>`,
      `<rect x="${labelW}" y="${y + 4}" width="${(x(r.ratio) - labelW).toFixed(1)}" height="12" fill="${colour(r.ratio)}"/>`,
      `<text x="${(x(r.ratio) + 6).toFixed(1)}" y="${y + 14}">${r.ratio.toFixed(2)}×</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 80}" height="${height}" font-family="DejaVu Sans, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="8" y="20" font-size="13" font-weight="bold">Waymark ÷ baseline (median of ${result.quick ? 2 : 3} runs, ${escape(result.date.slice(0, 10))}); the line is 1.0×, shorter is better</text>`,
    ...body,
    `<line x1="${x(1)}" y1="${top - 4}" x2="${x(1)}" y2="${height - 24}" stroke="#1a202c" stroke-dasharray="3 3"/>`,
    '</svg>',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = JSON.parse(readFileSync('bench/results/latest.json', 'utf8'));
  writeFileSync('README.md', withBenchFigures(readFileSync('README.md', 'utf8'), result));
  writeFileSync('bench/results/latest.svg', benchChart(result));
  console.log('[bench] README figures and bench/results/latest.svg written from bench/results/latest.json');
}
