import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsxFile } from '../../../electron/main/files/readXlsx';
import { buildDisplayList } from '../../../renderer/src/export/displayList';
import { fontMetrics } from '../../../renderer/src/export/fontMetrics';
import { toFitPdf, toPagedPdf } from '../../../renderer/src/export/toPdf';
import { busyMap } from '../../helpers/busyMap';
import { toCsv } from '../../../renderer/src/export/formats';
import { buildPptx } from '../../../renderer/src/export/pptx/buildPptx';
import { viewerData } from '../../../renderer/src/export/html/viewerData';
import { writeXlsx } from '../../../shared/exchange/xlsx/writeXlsx';
import {
  addCard,
  addMapPersona,
  addStep,
  setCardStep,
  setPersonaEmotion,
  setStepEmotion,
} from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { createExampleMap } from '../../../shared/templates/examples';
import { exportFonts } from '../../helpers/exportFonts';
import { comparePdfPage } from '../../helpers/pdfReference';

const dir = mkdtempSync(join(tmpdir(), 'waymark-steps-exports-'));
const fonts = exportFonts();
const metrics = fontMetrics(fonts);
const date = new Date('2026-12-08T10:00:00Z');

/** The Shopee example's purchase stage in three steps, a card in each (two in the second). */
function stepped(): JourneyMap {
  let doc = createExampleMap('shopee-retail', date)!;
  const stage = doc.stages[3]!.id;
  doc = addStep(doc, stage, { name: 'Chọn hàng', id: 'a' });
  doc = addStep(doc, stage, { name: 'Áp mã giảm giá', id: 'b' });
  doc = addStep(doc, stage, { name: 'Thanh toán ví', id: 'c' });
  const lane = doc.lanes.find((l) => l.type === 'cards')!.id;
  for (const [step, text] of [
    ['a', 'Thêm vào giỏ'],
    ['b', 'Nhập mã SALE50'],
    ['c', 'Quét mã ZaloPay'],
    ['b', 'Mã báo lỗi, thử lại'],
  ] as const)
    doc = addCard(doc, { laneId: lane, stageId: stage, stepId: step, text });
  return doc;
}

describe('exports show the steps inside stages', () => {
  it('PDF: a band of step names under the stage headers; the one-page PDF of a three-persona map with steps against its reviewed picture', async () => {
    let doc = stepped();
    doc = addMapPersona(doc, { personaId: null, name: 'Anh Minh, khách quay lại', id: 'back' });
    doc = addMapPersona(doc, { personaId: null, name: 'Nhân viên shop', id: 'staff' });
    doc.stages.forEach((s, i) => {
      doc = setPersonaEmotion(doc, 'back', s.id, [1, 2, 3, 1, 3][i]!);
      doc = setPersonaEmotion(doc, 'staff', s.id, [-1, -2, 0, -3, 1][i]!);
    });
    const list = buildDisplayList(doc, metrics, { date });
    const names = list.items.flatMap((i) => (i.kind === 'text' && i.size === 12.5 ? [i.text] : []));
    expect(names).toEqual(['Chọn hàng', 'Áp mã giảm giá', 'Thanh toán ví']);
    const file = join(dir, 'steps-fit.pdf');
    writeFileSync(file, await toFitPdf(list, fonts, doc.title, { paper: 'a3', orientation: 'landscape' }));
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    for (const t of ['Chọn hàng', 'Áp mã giảm giá', 'Thanh toán ví', 'Nhập mã SALE50']) expect(text).toContain(t);
    const { diff, size } = comparePdfPage(file, 'fit-a3-personas-steps');
    expect(diff / size).toBeLessThan(0.002);
  });

  it('workbook: a steps row on the map sheet and a Step column that openpyxl reads and Waymark imports back', async () => {
    const doc = setStepEmotion(setStepEmotion(stepped(), 'a', 1), 'c', -2);
    const file = join(dir, 'steps.xlsx');
    writeFileSync(file, await writeXlsx(ExcelJS, doc));
    const script = `import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([[[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets[:2]]))`;
    const [map, cards] = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }),
    ) as unknown[][][];
    expect(map!.find((r) => r[0] === 'Các bước')!.slice(1)).toEqual([
      null,
      null,
      null,
      'Chọn hàng · Áp mã giảm giá · Thanh toán ví',
      null,
    ]);
    expect(map!.find((r) => r[0] === 'Cảm xúc · Các bước')!.slice(1)).toEqual([null, null, null, '1 · – · -2', null]);
    const col = cards![0]!.indexOf('Bước');
    expect(cards!.find((r) => r.includes('Nhập mã SALE50'))![col]).toBe('Áp mã giảm giá');
    const back = (await readXlsxFile(file)).doc;
    expect(back.stages[3]!.steps.map((s) => [s.name, s.emotion?.score ?? null])).toEqual([
      ['Chọn hàng', 1],
      ['Áp mã giảm giá', null],
      ['Thanh toán ví', -2],
    ]);
    expect(back.personas).toEqual([]);
    // A step point that is no score is refused, naming its cell.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Cảm xúc · Các bước') row.getCell(5).value = '1 · 9 · -2';
    });
    const bad = join(dir, 'steps-bad.xlsx');
    await book.xlsx.writeFile(bad);
    await expect(readXlsxFile(bad)).rejects.toMatchObject({
      i18n: { key: 'errors.xlsx.emotion', params: expect.objectContaining({ cell: 'E13', value: '9' }) },
    });
    const stepOf = (text: string) =>
      back.stages[3]!.steps.find((s) => s.id === back.cards.find((c) => c.text === text)!.stepId)?.name;
    expect(stepOf('Nhập mã SALE50')).toBe('Áp mã giảm giá');
    expect(stepOf('Quét mã ZaloPay')).toBe('Thanh toán ví');
    expect(back.cards.filter((c) => c.stepId === null)).toHaveLength(doc.cards.filter((c) => c.stepId === null).length);
    // The CSV names each card's step (and its personas, none here: all of them).
    const csv = toCsv(doc).split('\r\n');
    expect(csv[0]!.split(',').slice(-2)).toEqual(['step', 'personas']);
    expect(
      csv
        .find((l) => l.includes('Nhập mã SALE50'))!
        .split(',')
        .slice(-2),
    ).toEqual(['Áp mã giảm giá', '']);
  });

  it('viewer: a card in a step names it in its details; a stage scored step by step shows the steps’ points', () => {
    const scored = setStepEmotion(setStepEmotion(stepped(), 'a', 2, 'Hào hứng'), 'b', -3, 'Mã lỗi');
    const faces = viewerData(scored).curve.faces;
    expect(faces.map((f) => f.label)).toEqual(['Tò mò', 'Nghi ngờ', 'Yên tâm', 'Hào hứng', 'Mã lỗi', 'Hài lòng']);
    const data = viewerData(stepped());
    expect(data.cards.find((c) => c.text === 'Nhập mã SALE50')!.step).toBe('Áp mã giảm giá');
    expect(data.cards.filter((c) => c.step !== '')).toHaveLength(4);
  });

  it('PowerPoint: a stage slide heads each card in a step with the step, the whole stage’s cards first', async () => {
    const bytes = await buildPptx(stepped(), { aspect: '16:9', metrics, date });
    const zip = await JSZip.loadAsync(bytes);
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map(async (f) => (await zip.file(f)!.async('string')).replace(/<[^>]+>/g, '').replace(/\s+/g, '')),
    );
    const stage = slides.find((x) => x.includes('NhậpmãSALE50'))!;
    for (const step of ['▸Chọnhàng', '▸Ápmãgiảmgiá', '▸Thanhtoánví']) expect(stage).toContain(step);
    // The stage's own card comes before the steps' cards on its slide.
    expect(stage.indexOf('Đặthàng,dùngmãgiảmgiá')).toBeLessThan(stage.indexOf('Thêmvàogiỏ'));
  });

  it('tiled pages repeat the band of step names with the stage headers on every page', async () => {
    let doc = busyMap(60);
    const stage = doc.stages[1]!;
    doc = addStep(doc, stage.id, { name: 'Bước đầu tiên', id: 'one' });
    doc = addStep(doc, stage.id, { name: 'Bước thứ hai', id: 'two' });
    doc = setCardStep(
      doc,
      doc.cards.filter((c) => c.stageId === stage.id && c.stageSpan === 1).map((c) => c.id),
      'two',
    );
    const list = buildDisplayList(doc, metrics, { date });
    const { bytes, pages } = await toPagedPdf(list, fonts, doc.title, {
      paper: 'a4',
      orientation: 'portrait',
      mode: 'tiles',
    });
    const file = join(dir, 'steps-tiles.pdf');
    writeFileSync(file, bytes);
    let withStage = 0;
    for (let n = 1; n <= pages; n++) {
      const page = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-raw', file, '-'], {
        encoding: 'utf8',
      });
      if (!page.includes(stage.name)) continue;
      withStage += 1;
      expect(page, `page ${n}`).toContain('Bước thứ hai');
    }
    expect(withStage).toBeGreaterThan(1);
  });
});
