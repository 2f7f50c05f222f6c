import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDisplayList } from '../../../renderer/src/export/displayList';
import { fontMetrics } from '../../../renderer/src/export/fontMetrics';
import { toCsv } from '../../../renderer/src/export/formats';
import { viewerData } from '../../../renderer/src/export/html/viewerData';
import { toPosterPdf } from '../../../renderer/src/export/toPdf';
import { writeXlsx } from '../../../shared/exchange/xlsx/writeXlsx';
import { linkDetail } from '../../../shared/model/operations';
import { createExampleMap } from '../../../shared/templates/examples';
import { exportFonts } from '../../helpers/exportFonts';

const dir = mkdtempSync(join(tmpdir(), 'waymark-detail-exports-'));
const fonts = exportFonts();
const metrics = fontMetrics(fonts);
const date = new Date('2026-12-08T10:00:00Z');

/** The Shopee example with its first card opening into "Thanh toán chi tiết", its fourth stage into a gone map. */
function linkedMap() {
  const doc = createExampleMap('shopee-retail', date)!;
  const card = doc.cards[0]!;
  let linked = linkDetail(doc, { card: card.id }, 'checkout-map');
  linked = linkDetail(linked, { stage: doc.stages[3]!.id }, 'gone-map');
  return { doc: linked, card, stage: doc.stages[3]! };
}
const titles = new Map([['checkout-map', 'Thanh toán chi tiết']]);

describe('exports name the detail journeys a map opens into', () => {
  it('PDF: the card says which map it opens, the stage says its map is gone, as pdftotext reads them', async () => {
    const { doc } = linkedMap();
    const list = buildDisplayList(doc, metrics, { date, detailTitles: titles });
    const file = join(dir, 'linked.pdf');
    writeFileSync(file, await toPosterPdf(list, fonts, doc.title));
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('↳ Thanh toán chi tiết');
    expect(text).toContain('↳ bản đồ không còn');
  });

  it('the card line sits inside its card, under its text, and the card grew to hold it', () => {
    const { doc, card } = linkedMap();
    const linked = buildDisplayList(doc, metrics, { date, detailTitles: titles });
    const plain = buildDisplayList({ ...doc, cards: doc.cards.map((c) => ({ ...c, detail: null })) }, metrics, {
      date,
    });
    const box = linked.cards.find((c) => c.id === card.id)!;
    const line = linked.items.find((i) => i.kind === 'text' && i.text.startsWith('↳ Thanh toán'));
    expect(line && line.kind === 'text' && line.y).toBeGreaterThan(box.y);
    expect(line && line.kind === 'text' && line.y).toBeLessThan(box.y + box.h);
    const before = plain.cards.find((c) => c.id === card.id)!;
    expect(box.h).toBeGreaterThan(before.h);
  });

  it('the workbook has a Detail journey column openpyxl reads, and the CSV one', async () => {
    const { doc, card } = linkedMap();
    const file = join(dir, 'linked.xlsx');
    writeFileSync(file, await writeXlsx(ExcelJS, doc, titles));
    const script = `import openpyxl, json, sys
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[1]
print(json.dumps([[c.value for c in row] for row in ws.iter_rows()]))`;
    const rows = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as (
      string | number | null
    )[][];
    const col = rows[0]!.indexOf('Hành trình chi tiết');
    expect(col).toBeGreaterThan(0);
    const row = rows.find((r) => r.includes(card.id))!;
    expect(row[col]).toBe('Thanh toán chi tiết');
    expect(rows.filter((r) => r[col] !== null)).toHaveLength(2);

    const csv = toCsv(doc, titles).split('\r\n');
    expect(csv[0]).toContain('detail journey');
    expect(csv.find((l) => l.includes(card.text.split('\n')[0]!))).toContain('Thanh toán chi tiết');
  });

  it('the HTML viewer lists it in the card details and on the stage', () => {
    const { doc, card, stage } = linkedMap();
    const data = viewerData(doc, { detailTitles: titles });
    expect(data.cards.find((c) => c.id === card.id)!.detail).toBe('Thanh toán chi tiết');
    expect(data.stages.find((s) => s.id === stage.id)!.detail).toBe('bản đồ không còn');
    expect(data.cards.filter((c) => c.detail !== '')).toHaveLength(1);
  });
});
