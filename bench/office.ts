// `npm run bench -- --office`: the office and viewer exports in Node (the same builders the
// renderer runs), timed and sized for a 100- and a 1,000-card map, and the workbook's import.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../electron/main/files/importMap';
import { buildHtml } from '../renderer/src/export/html/buildHtml';
import { buildPptx } from '../renderer/src/export/pptx/buildPptx';
import { writeXlsx } from '../shared/exchange/xlsx/writeXlsx';
import { fontMetrics } from '../renderer/src/export/fontMetrics';
import { exportFonts, exportFontsBase64 } from '../tests/helpers/exportFonts';
import { median } from './measure';
import { syntheticMap } from './synthetic';

export interface OfficeRow {
  what: string;
  size: number;
  value: number;
  unit: string;
}

async function timed<T>(runs: number, work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await work();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result };
}

export async function officeBench(sizes: readonly number[], runs = 3): Promise<OfficeRow[]> {
  const rows: OfficeRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-office-'));
  const metrics = fontMetrics(exportFonts());
  try {
    for (const size of sizes) {
      const doc = syntheticMap(size);
      const pptx = await timed(runs, () => buildPptx(doc, { aspect: '16:9', metrics }));
      const xlsx = await timed(runs, () => writeXlsx(ExcelJS, doc));
      const html = await timed(runs, () => buildHtml(doc, exportFontsBase64()));
      const file = join(dir, `map-${size}.xlsx`);
      writeFileSync(file, xlsx.result);
      const back = await timed(runs, () => readWorkbookFile(file));
      rows.push(
        { what: 'office: PowerPoint export', size, value: pptx.ms, unit: 'ms' },
        { what: 'office: PowerPoint size', size, value: pptx.result.length / 1024, unit: 'KB' },
        { what: 'office: Excel export', size, value: xlsx.ms, unit: 'ms' },
        { what: 'office: Excel size', size, value: xlsx.result.length / 1024, unit: 'KB' },
        { what: 'office: Excel import (read, check, preview)', size, value: back.ms, unit: 'ms' },
        { what: 'office: cards back from the Excel import', size, value: back.result.doc.cards.length, unit: 'cards' },
        { what: 'office: HTML viewer export', size, value: html.ms, unit: 'ms' },
        { what: 'office: HTML viewer size', size, value: html.result.length / 1024, unit: 'KB' },
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
