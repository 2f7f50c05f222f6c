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
import { viewerData } from '../../../renderer/src/export/html/viewerData';
import { buildPptx } from '../../../renderer/src/export/pptx/buildPptx';
import { toFitPdf, toPosterPdf } from '../../../renderer/src/export/toPdf';
import { writeXlsx } from '../../../shared/exchange/xlsx/writeXlsx';
import { addMapPersona, setPersonaEmotion } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { PERSONA_STYLE } from '../../../shared/render/palette';
import { createExampleMap } from '../../../shared/templates/examples';
import { exportFonts } from '../../helpers/exportFonts';
import { comparePdfPage } from '../../helpers/pdfReference';

const dir = mkdtempSync(join(tmpdir(), 'waymark-personas-exports-'));
const fonts = exportFonts();
const metrics = fontMetrics(fonts);
const date = new Date('2026-12-08T10:00:00Z');
const SCORES = {
  back: [1, 2, 3, 1, 3],
  staff: [-1, -2, 0, -3, 1],
};

/** The Shopee example comparing Chị Lan with a returning customer and the shop's staff. */
function compared(): JourneyMap {
  let doc = createExampleMap('shopee-retail', date)!;
  doc = addMapPersona(doc, { personaId: null, name: 'Anh Minh, khách quay lại', id: 'back' });
  doc = addMapPersona(doc, { personaId: null, name: 'Nhân viên shop', id: 'staff' });
  for (const who of ['back', 'staff'] as const)
    doc.stages.forEach(
      (s, i) => (doc = setPersonaEmotion(doc, who, s.id, SCORES[who][i]!, i === 0 ? `${who} mở đầu` : '')),
    );
  return doc;
}

describe('every export draws each persona’s curve', () => {
  it('PDF: three curves in their colours and a legend naming the personas, as pdftotext reads it', async () => {
    const doc = compared();
    const list = buildDisplayList(doc, metrics, { date });
    const strokes = list.items.flatMap((i) => (i.kind === 'path' && i.width === 2.5 ? [i.stroke] : []));
    expect(strokes).toEqual([PERSONA_STYLE.blue.ink, PERSONA_STYLE.green.ink]);
    const dots = list.items.filter((i) => i.kind === 'circle' && i.fill === PERSONA_STYLE.green.ink);
    expect(dots).toHaveLength(doc.stages.length);
    const file = join(dir, 'personas.pdf');
    writeFileSync(file, await toPosterPdf(list, fonts, doc.title));
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    for (const name of ['Anh Minh, khách quay lại', 'Nhân viên shop']) expect(text).toContain(name);
    // The legend stays inside the label column.
    const label = list.items.find((i) => i.kind === 'text' && i.text === 'Nhân viên shop');
    expect(label && label.kind === 'text' && label.x).toBeLessThan(list.offset.x + 170);
  });

  it('the one-page PDF of a three-persona map, against its reviewed picture', async () => {
    const doc = compared();
    const file = join(dir, 'personas-fit.pdf');
    const list = buildDisplayList(doc, metrics, { date });
    writeFileSync(file, await toFitPdf(list, fonts, doc.title, { paper: 'a4', orientation: 'landscape' }));
    const { diff, size } = comparePdfPage(file, 'fit-a4-three-personas');
    expect(diff / size).toBeLessThan(0.002);
  });

  it('workbook: a row per persona that openpyxl reads and Waymark imports back as the same curves', async () => {
    const doc = compared();
    const file = join(dir, 'personas.xlsx');
    writeFileSync(file, await writeXlsx(ExcelJS, doc));
    const script = `import openpyxl, json, sys
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps([[c.value for c in row] for row in ws.iter_rows()]))`;
    const rows = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }),
    ) as unknown[][];
    expect(rows.find((r) => r[0] === 'Cảm xúc · Anh Minh, khách quay lại')!.slice(1)).toEqual(SCORES.back);
    expect(rows.find((r) => r[0] === 'Cảm xúc · Nhân viên shop')!.slice(1)).toEqual(SCORES.staff);
    const back = (await readXlsxFile(file)).doc;
    expect(back.personas.map((p) => [p.persona.name, p.colour])).toEqual([
      ['Anh Minh, khách quay lại', 'blue'],
      ['Nhân viên shop', 'green'],
    ]);
    expect(back.personas[1]!.emotions.map((e) => e.score)).toEqual(SCORES.staff);
    expect(back.personas[0]!.emotions[0]!.label).toBe('back mở đầu');
    expect(back.emotions.map((e) => e.score)).toEqual(doc.emotions.map((e) => e.score));
  });

  it('PowerPoint: the native chart has one series per persona in its colour; the legend names them', async () => {
    const doc = compared();
    const bytes = await buildPptx(doc, { aspect: '16:9', metrics, date });
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip
      .file(Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))!)!
      .async('string');
    const series = [...chart.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
    expect(series).toHaveLength(3);
    expect(series.map((s) => s.match(/<c:v>([^<]+)<\/c:v>/)?.[1])).toEqual([
      'Anh Minh, khách quay lại',
      'Nhân viên shop',
      'Chị Lan, 27 tuổi, nhân viên văn phòng',
    ]);
    expect(series.map((s) => s.match(/<a:srgbClr val="([0-9A-F]{6})"/)?.[1])).toEqual(['2563EB', '059669', 'D97706']);
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(slides.some((x) => x.includes('Nhân viên shop'))).toBe(true);
  });

  it('viewer: the compared curves and a legend of all three', () => {
    const data = viewerData(compared());
    expect(data.curve.others.map((o) => [o.name, o.ink, o.dots.length])).toEqual([
      ['Anh Minh, khách quay lại', PERSONA_STYLE.blue.ink, 5],
      ['Nhân viên shop', PERSONA_STYLE.green.ink, 5],
    ]);
    expect(data.curve.legend.map((l) => l.name)).toEqual([
      'Chị Lan, 27 tuổi, nhân viên văn phòng',
      'Anh Minh, khách quay lại',
      'Nhân viên shop',
    ]);
    expect(viewerData(createExampleMap('shopee-retail', date)!).curve.legend).toEqual([]);
  });
});
