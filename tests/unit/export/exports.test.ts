import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDisplayList } from '../../../renderer/src/export/displayList';
import { fontMetrics } from '../../../renderer/src/export/fontMetrics';
import { csvCell, toCsv, toMermaid, toWaymarkJson } from '../../../renderer/src/export/formats';
import { toPosterPdf } from '../../../renderer/src/export/toPdf';
import { escapeXml, toSvg } from '../../../renderer/src/export/toSvg';
import { addVote, updateCards } from '../../../shared/model/operations';
import { busyMap } from '../../helpers/busyMap';
import { exportFonts } from '../../helpers/exportFonts';
import { comparePdfPage } from '../../helpers/pdfReference';

const OUT = join(import.meta.dirname, '..', '..', '..', 'test-results', 'exports');
mkdirSync(OUT, { recursive: true });
const fonts = exportFonts();
const metrics = fontMetrics(fonts);
const date = new Date('2026-11-23T10:00:00Z');

function hostile() {
  let doc = busyMap(12);
  doc = updateCards(doc, [doc.cards[0]!.id], { text: '<script>alert(1)</script> & <foreignObject/> "quoted"' });
  doc = updateCards(doc, [doc.cards[1]!.id], { text: '=HYPERLINK("http://evil")' });
  return doc;
}

describe('exports built from the map model', () => {
  it('place every card of the map, whatever its size', () => {
    const doc = busyMap(40);
    const list = buildDisplayList(doc, metrics, { date });
    expect(list.cards.map((c) => c.id).sort()).toEqual(doc.cards.map((c) => c.id).sort());
    for (const c of list.cards) {
      expect(c.x + c.w).toBeLessThanOrEqual(list.width);
      expect(c.y + c.h).toBeLessThanOrEqual(list.height);
    }
  });

  it('write a self-contained SVG with escaped text, no script and no foreignObject', () => {
    const doc = hostile();
    const svg = toSvg(buildDisplayList(doc, metrics, { date }), { title: doc.title });
    writeFileSync(join(OUT, 'map.svg'), svg);
    expect(svg).not.toMatch(/<script|<foreignObject|href=|xlink:/i);
    expect(svg).toContain(escapeXml('<script>alert(1)</script> &'));
    expect(svg).toContain('Mua máy lọc không khí online');
    // Parses as XML: Chromium's or any parser would reject unbalanced markup; a cheap check here.
    const opens = (svg.match(/<(rect|line|text|path|circle)\b/g) ?? []).length;
    const closes = (svg.match(/\/>|<\/text>/g) ?? []).length;
    expect(closes).toBe(opens);
  });

  it('write a vector PDF whose text pdftotext recovers exactly, with the bundled faces embedded', async () => {
    const base = busyMap(40);
    // Arrows and stars are not in the main face: they are drawn from the symbols face, in place.
    const doc = {
      ...base,
      cards: base.cards.map((c, i) => (i === 0 ? { ...c, text: 'Đặt hàng → nhận hàng ★ 5/5' } : c)),
    };
    const list = buildDisplayList(doc, metrics, { date });
    const pdf = await toPosterPdf(list, fonts, doc.title);
    const file = join(OUT, 'map-poster.pdf');
    writeFileSync(file, pdf);
    // pdftotext collapses runs of spaces; compare with whitespace folded on both sides.
    const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
    const text = fold(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
    const drawn = list.items.filter((i) => i.kind === 'text').map((i) => fold((i as { text: string }).text));
    const missing = drawn.filter((t) => !text.includes(t));
    expect(missing).toEqual([]);
    expect(text).toContain('Đọc đánh giá trên Shopee');
    expect(text).toContain('Đặt hàng → nhận hàng ★ 5/5');
    const fontsOut = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fontsOut).toMatch(/BeVietnamPro-Regular-\d+\s/);
    expect(fontsOut).toMatch(/BeVietnamPro-Bold-\d+\s/);
    expect(fontsOut).toMatch(/WaymarkSymbols-\d+\s/);
    // Nothing else: no face of the machine's is named or substituted.
    expect(fontsOut.split('\n').slice(2).filter(Boolean)).toHaveLength(3);
    // Embedded with a Unicode map (selectable, searchable). pdf-lib subsets without the
    // ABCDEF+ name prefix, so pdffonts' "sub" column says no; the file size shows the subset.
    expect(
      fontsOut
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .every((l) => /\syes\s+(yes|no)\s+yes\s/.test(l)),
    ).toBe(true);
    expect(pdf.length).toBeLessThan(200_000);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1/);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    expect(Number(w)).toBeCloseTo(list.width * 0.75, 0);
    expect(Number(h)).toBeCloseTo(list.height * 0.75, 0);
    // And it looks as reviewed: the page as poppler draws it, against the reference picture.
    const { diff, size } = comparePdfPage(file, 'poster-busy-40');
    expect(diff / size).toBeLessThan(0.002);
  });

  it('keep a dot vote on the map: each voted card carries its dots in the PDF', async () => {
    let doc = busyMap(12);
    const [a, b] = [doc.cards[0]!.id, doc.cards[1]!.id];
    for (const [i, cardId] of [a, a, a, b].entries()) doc = addVote(doc, { id: `v${i}`, cardId, voter: `p${i}` });
    const list = buildDisplayList(doc, metrics, { date });
    const dots = list.items.filter((i) => i.kind === 'text' && i.text.startsWith('● ') && /^● \d+$/.test(i.text));
    expect(dots.map((d) => (d.kind === 'text' ? d.text : '')).sort()).toEqual(['● 1', '● 3']);
    const file = join(OUT, 'map-votes.pdf');
    writeFileSync(file, await toPosterPdf(list, fonts, doc.title));
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('● 3');
  });

  it('write CSV with a BOM, quoted fields and no formula injection', () => {
    const csv = toCsv(hostile());
    expect(csv.startsWith('\uFEFFstage,lane,type,text')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('Nhận biết');
    expect(csv.split('\r\n').length).toBe(12 + 2);
  });

  it('prefix formulas hidden behind spaces, line breaks or full-width signs', () => {
    for (const v of [' =1+1', '\n=cmd', '\r\n+1', '\u3000=A1', '＝SUM(A1)', '＋1', '－1', '＠x', '\t=1', '\u00a0@x'])
      expect(csvCell(v).replace(/^"/, '').startsWith("'")).toBe(true);
    for (const v of ['Giá = 100k', 'a-b', 'email@x.vn', '  chờ  '])
      expect(csvCell(v).replace(/^"/, '').startsWith("'")).toBe(false);
  });

  it('write Mermaid journey text with scores 1–5 from the emotion curve', () => {
    const m = toMermaid(busyMap(10));
    expect(m.startsWith('journey\n  title Mua máy lọc không khí online\n')).toBe(true);
    expect(m).toContain('  section Nhận biết');
    expect(m).toMatch(/Thấy quảng cáo trên TikTok về máy lọc không khí: 4/);
    for (const line of m.split('\n').filter((l) => l.startsWith('    '))) expect(line).toMatch(/: [1-5](: .+)?$/);
  });

  it('write Waymark JSON that parses back to the same document', () => {
    const doc = busyMap(10);
    expect(JSON.parse(toWaymarkJson(doc))).toEqual(doc);
  });
});
