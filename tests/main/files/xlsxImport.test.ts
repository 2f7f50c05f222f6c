import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../../electron/main/files/importMap';
import { writeXlsx } from '../../../shared/exchange/xlsx/writeXlsx';
import type { JourneyMap } from '../../../shared/model/types';
import { createExampleMap, EXAMPLES } from '../../../shared/templates/examples';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'xlsx');
const dir = mkdtempSync(join(tmpdir(), 'waymark-xlsx-'));
const date = new Date('2026-11-23T10:00:00Z');

async function exported(doc: JourneyMap): Promise<string> {
  const file = join(dir, `${doc.id}.xlsx`);
  writeFileSync(file, await writeXlsx(ExcelJS, doc));
  return file;
}

/** Each card as what a person sees of it: where it is and what it says, by names not ids. */
function cardsByPlace(doc: JourneyMap) {
  const stage = new Map(doc.stages.map((s) => [s.id, s.name]));
  const lane = new Map(doc.lanes.map((l) => [l.id, l.name]));
  return doc.cards
    .map((c) =>
      [stage.get(c.stageId), lane.get(c.laneId), c.type, c.text, c.evidence, c.channel, c.moment, c.tags].join(' | '),
    )
    .sort();
}

describe('Excel workbooks', () => {
  it.each(EXAMPLES.map((e) => [e.id]))(
    'round-trip the %s example: every card keeps its stage, lane, type, text, evidence and channel',
    async (example) => {
      const doc = createExampleMap(example, date)!;
      const { doc: back, preview } = await readWorkbookFile(await exported(doc));
      expect(cardsByPlace(back)).toEqual(cardsByPlace(doc));
      expect(back.stages.map((s) => s.name)).toEqual(doc.stages.map((s) => s.name));
      expect(back.emotions.map((e) => [e.score, e.label])).toEqual(doc.emotions.map((e) => [e.score, e.label]));
      expect(back.title).toBe(doc.title);
      expect(back.kind).toBe(doc.kind);
      expect(back.lanes.map((l) => [l.name, l.type, l.cardType])).toEqual(
        doc.lanes.map((l) => [l.name, l.type, l.cardType]),
      );
      expect(back.language).toBe(doc.language);
      expect(preview.cards).toBe(doc.cards.length);
    },
  );

  it('are read by openpyxl as the sheet a person would make: stages across, lanes down, a card per line', async () => {
    const doc = createExampleMap('shopee-retail', date)!;
    const file = await exported(doc);
    const script = `import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1])
m = wb.worksheets[0]
fonts = sorted({(c.font.name, c.font.family) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None})
print(json.dumps({"sheets": wb.sheetnames, "header": [c.value for c in m[4]], "a5": m["A5"].value, "b5": m["B5"].value, "fonts": fonts}))`;
    const out = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as {
      fonts: [string, number][];
      sheets: string[];
      header: string[];
      a5: string;
      b5: string;
    };
    expect(out.sheets).toEqual(['Bản đồ', 'Thẻ', 'Chỉ số', 'Nguồn']);
    // Every written cell names the app's face, family 2 (swiss) for Excel's substitution.
    expect(out.fonts).toEqual([['Be Vietnam Pro', 2]]);
    expect(out.header).toEqual(['Làn', ...doc.stages.map((s) => s.name)]);
    const firstLane = doc.lanes.find((l) => l.type === 'cards')!;
    expect(out.a5).toBe(firstLane.name);
    const cell = doc.cards.filter((c) => c.laneId === firstLane.id && c.stageId === doc.stages[0]!.id);
    expect(out.b5).toBe(cell.map((c) => c.text).join('\n'));
  });

  it('import a map a person drafted in a spreadsheet: merged title, blank rows, an extra column, a lane it does not know', async () => {
    const { doc, preview } = await readWorkbookFile(join(FIXTURES, 'hand-made-vi.xlsx'));
    expect(doc.title).toBe('Đặt vé xe khách Tết');
    expect(doc.language).toBe('vi');
    expect(doc.stages.map((s) => s.name)).toEqual(['Tìm xe', 'Đặt chỗ', 'Thanh toán']);
    expect(preview.lanes).toEqual([
      { name: 'Hành động', known: true },
      { name: 'Điểm đau', known: true },
      { name: 'Cảm nhận của nhân viên', known: false },
    ]);
    expect(cardsByPlace(doc)).toEqual(
      [
        'Tìm xe | Hành động | action | Hỏi nhóm Zalo gia đình',
        'Tìm xe | Hành động | action | Xem hãng xe quen',
        'Đặt chỗ | Hành động | action | Gọi tổng đài',
        'Thanh toán | Hành động | action | Chuyển khoản',
        'Tìm xe | Điểm đau | pain-point | Hết vé giờ đẹp',
        'Đặt chỗ | Điểm đau | pain-point | Tổng đài bận',
        'Thanh toán | Điểm đau | pain-point | Không có hoá đơn',
        'Tìm xe | Cảm nhận của nhân viên | note | Quá tải dịp Tết',
      ]
        .map((s) => `${s} |  |  | false | `)
        .sort(),
    );
    expect(doc.emotions.map((e) => e.score)).toEqual([1, -2, 0]);
  });

  it.each([
    [
      'a formula where a card should be',
      () => join(FIXTURES, 'formula-vi.xlsx'),
      /Cell C6 of sheet "Hành trình" holds a formula/,
    ],
    ['a zip bomb', zipBomb, /would unpack to more than 100 MB/],
    ['a zip bomb whose directory says 1 KB', lyingZipBomb, /would unpack to more than 100 MB/],
    ['a sheet too large to read', hugeSheet, /A sheet of the workbook has more than 25000 rows/],
    ['a file that is not a workbook', notAZip, /not an Excel workbook/],
    ['an emotion score out of range', badEmotion, /Cell C5 of sheet "Map" should be an emotion score/],
  ])('refuse %s, saying where', async (_what, make, message) => {
    await expect(readWorkbookFile(await make())).rejects.toThrow(message);
  });
});

/** A workbook whose one sheet would unpack to 300 MB of zeros: 300 KB on disk. */
async function zipBomb(): Promise<string> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('xl/worksheets/sheet1.xml', new Uint8Array(300 * 1024 * 1024));
  const file = join(dir, 'bomb.xlsx');
  writeFileSync(
    file,
    await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } }),
  );
  return file;
}

/**
 * The same bomb with a directory that lies: every local and central header of the sheet declares
 * 1 KB unpacked. Only counting the bytes that really come out of the inflater catches it.
 */
async function lyingZipBomb(): Promise<string> {
  const bytes = Buffer.from(readFileSync(await zipBomb()));
  const sheet = Buffer.from('xl/worksheets/sheet1.xml');
  for (let at = 0; at < bytes.length - 4; at++) {
    const local = bytes.readUInt32LE(at) === 0x04034b50;
    const central = bytes.readUInt32LE(at) === 0x02014b50;
    if (!local && !central) continue;
    const nameAt = at + (local ? 30 : 46);
    if (!bytes.subarray(nameAt, nameAt + sheet.length).equals(sheet)) continue;
    bytes.writeUInt32LE(1024, at + (local ? 22 : 24));
  }
  const file = join(dir, 'lying-bomb.xlsx');
  writeFileSync(file, bytes);
  return file;
}

async function hugeSheet(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Huge');
  for (let r = 0; r < 30_000; r++) sheet.addRow([`row ${r}`]);
  const file = join(dir, 'huge.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

async function notAZip(): Promise<string> {
  const file = join(dir, 'fake.xlsx');
  writeFileSync(file, 'stage,lane\nA,B\n');
  return file;
}

async function badEmotion(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Map');
  sheet.addRow(['', 'Discover', 'Buy']);
  sheet.addRow(['Actions', 'Search', 'Pay']);
  sheet.addRow([]);
  sheet.addRow([]);
  sheet.addRow(['Emotion', 1, 9]);
  const file = join(dir, 'emotion.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}
