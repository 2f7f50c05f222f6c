// Writes the benchmark's figures into the README from bench/results/latest.json, between
// <!-- NAME:start --> and <!-- NAME:end --> markers, so no figure is ever typed by hand.
// `npm run bench` runs it after every run; a unit test fails when the README and the JSON differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Which rows go in which README block. */
export const README_BLOCKS = [
  {
    name: 'bench',
    rows: (what) => !['room: ', 'office: ', 'depth: ', 'research: '].some((p) => what.startsWith(p)),
  },
  { name: 'room-bench', rows: (what) => what.startsWith('room: ') },
  { name: 'office-bench', rows: (what) => what.startsWith('office: ') },
  { name: 'depth-bench', rows: (what) => what.startsWith('depth: ') },
  { name: 'research-bench', rows: (what) => what.startsWith('research: ') },
];

const fmt = (n, unit) => {
  if (n === null || Number.isNaN(n)) return '—';
  const v = Math.abs(n) >= 100 || Number.isInteger(n) ? n.toFixed(0) : n.toFixed(1);
  return `${v} ${unit}`;
};

/** A Markdown table of the chosen rows, with the date and machine that measured them under it. */
export function benchTable(result, pick) {
  const rows = result.rows.filter((r) => pick(r.what));
  // A block is measured by one run (a full run, `--room` or `--office`): its rows carry its stamp.
  const m = rows[0]?.measured ?? result;
  const spread = rows.some((r) => r.min !== undefined);
  const lines = [
    `| what | cards | Waymark |${spread ? ' runs: min–max |' : ''} baseline | ratio |`,
    `| --- | ---: | ---: |${spread ? ' ---: |' : ''} ---: | ---: |`,
    ...rows.map(
      (r) =>
        `| ${r.what.replace(/^(room|office|depth|research): /, '').trim()} | ${r.size || '—'} | ${fmt(r.waymark, r.unit)} |${
          spread ? ` ${r.min === undefined ? '—' : `${fmt(r.min, '').trim()}–${fmt(r.max, r.unit)}`} |` : ''
        } ${fmt(r.baseline, r.unit)} | ${r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`} |`,
    ),
    '',
    `Measured ${m.date.slice(0, 10)} on ${m.cpus} cores (${m.cpu}), Chromium ${m.chromium}, Node ${m.node}.`,
  ];
  return lines.join('\n');
}

/** A figure of the results by its row name (exact) and card count; null when not measured. */
const figure = (result, what, size) => result.rows.find((r) => r.what === what && r.size === size) ?? null;

/**
 * Issue 18's targets, each checked against the results: the README's list of what is met and
 * what is not is generated, like the table, never typed.
 */
export const TARGETS = [
  [
    'Open to interactive, 1,000 cards (vs bare React Flow)',
    'open to interactive (without the test bridge)',
    1000,
    'ratio',
    1.0,
  ],
  [
    'Open to interactive, 5,000 cards (vs bare React Flow)',
    'open to interactive (without the test bridge)',
    5000,
    'ratio',
    1.2,
  ],
  ['Typing at 5,000 cards, keydown → next frame p95', 'typing: keydown → next frame p95', 5000, 'value', 33],
  ['Pan frame p95, 1,000 cards (vs bare React Flow)', 'pan frame p95', 1000, 'ratio', 1.05],
  ['Pan frame p95, 5,000 cards (vs bare React Flow)', 'pan frame p95', 5000, 'ratio', 1.05],
  ['Zoom frame p95, 1,000 cards (vs bare React Flow)', 'zoom frame p95', 1000, 'ratio', 1.05],
  ['Zoom frame p95, 5,000 cards (vs bare React Flow)', 'zoom frame p95', 5000, 'ratio', 1.05],
  [
    'Editor frame p95 during a 1,000-card PDF export',
    'editor frame p95 during the PDF export (export thread)',
    1000,
    'value',
    33,
  ],
  ['Cancel → export stopped, 1,000 cards', 'Cancel → export stopped (tiled PDF)', 1000, 'value', 100],
  [
    'One-card edit stored, 1,000-card map, p50',
    'SQLite save of a one-card edit p50 (as on the library thread)',
    1000,
    'value',
    1,
  ],
  [
    'Main-thread event delay during 5,000-card saves, max (vs the library on the main thread)',
    'main-thread event delay during saves, max (library thread vs in-process)',
    5000,
    'ratio',
    1.0,
  ],
  [
    'JS heap after opening 1,000 cards (vs a plain-DOM page)',
    'JS heap after open (vs a plain-DOM page of the same cards)',
    1000,
    'ratio',
    2.0,
  ],
];

export function targetsList(result) {
  return TARGETS.map(([label, what, size, kind, goal]) => {
    const r = figure(result, what, size);
    const value = kind === 'ratio' ? r?.ratio : r?.waymark;
    if (!r || value === null || value === undefined) return `- ${label}: not measured in this run`;
    const shown =
      kind === 'ratio'
        ? `${value.toFixed(2)}× (${fmt(r.waymark, r.unit)} vs ${fmt(r.baseline, r.unit)})`
        : fmt(value, r.unit);
    const wanted = kind === 'ratio' ? `≤ ${goal.toFixed(goal === 1.05 ? 2 : 1)}×` : `≤ ${goal} ${r.unit}`;
    return `- ${label}: ${shown}; goal ${wanted}: **${value <= goal ? 'met' : 'not met'}**`;
  }).join('\n');
}

/** The README with every block rewritten from the results. */
export function withBenchFigures(readme, result) {
  let out = readme;
  for (const block of [...README_BLOCKS, { name: 'bench-targets', render: targetsList }]) {
    const start = `<!-- ${block.name}:start -->`;
    const end = `<!-- ${block.name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README has no ${block.name} block`);
    const text = block.render ? block.render(result) : benchTable(result, block.rows);
    out = `${out.slice(0, from + start.length)}\n\n${text}\n\n${out.slice(to)}`;
  }
  return out;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The chart the README shows: every time and memory figure that has a baseline, as Waymark's
 * ratio to it on a log scale around 1.0× (left: Waymark needs less). File sizes are left out: the
 * html-to-image PNG only covers the on-screen box, so its ratio says nothing. Plain SVG.
 */
export function benchChart(result) {
  const rows = result.rows.filter(
    (r) => r.ratio !== null && !r.what.startsWith('room: participants') && !/size/.test(r.what),
  );
  const [labelW, barW, rowH, top, span] = [560, 420, 20, 44, 4];
  const centre = labelW + barW / 2;
  // log2 of the ratio, clamped to 1/16…16×.
  const x = (ratio) => centre + (barW / 2) * (Math.max(-span, Math.min(span, Math.log2(ratio))) / span);
  const colour = (ratio) => (ratio <= 1.05 ? '#1b7f3b' : ratio <= 1.25 ? '#b7791f' : '#c53030');
  const height = top + rows.length * rowH + 16;
  const body = rows.map((r, i) => {
    const y = top + i * rowH;
    const label = `${r.what.replace(/^(room|office): /, '').trim()} (${r.size || '—'})`;
    const end = x(r.ratio);
    const [from, to] = end < centre ? [end, centre] : [centre, Math.max(end, centre + 1)];
    return [
      `<text x="${labelW - 8}" y="${y + 14}" text-anchor="end">${escape(label)}</text>`,
      `<rect x="${from.toFixed(1)}" y="${y + 4}" width="${(to - from).toFixed(1)}" height="12" fill="${colour(r.ratio)}"/>`,
      `<text x="${(Math.max(end, centre) + 6).toFixed(1)}" y="${y + 14}">${r.ratio.toFixed(2)}×</text>`,
    ].join('');
  });
  const ticks = [1 / 16, 1 / 4, 1, 4, 16].map(
    (t) => `<text x="${x(t).toFixed(1)}" y="${top - 8}" text-anchor="middle">${t < 1 ? `1/${1 / t}` : t}×</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 60}" height="${height}" font-family="DejaVu Sans, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="8" y="18" font-size="13" font-weight="bold">Waymark ÷ baseline, ${escape(result.date.slice(0, 10))} (log scale; left of 1× Waymark needs less)</text>`,
    ...ticks,
    ...body,
    `<line x1="${centre}" y1="${top - 4}" x2="${centre}" y2="${height - 12}" stroke="#1a202c" stroke-dasharray="3 3"/>`,
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
