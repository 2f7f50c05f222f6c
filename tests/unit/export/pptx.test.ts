import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPptx } from '../../../renderer/src/export/pptx/buildPptx';
import { addConnector, addVote } from '../../../shared/model/operations';
import { createExampleMap } from '../../../shared/templates/examples';

const OUT = join(import.meta.dirname, '..', '..', '..', 'test-results', 'exports');
mkdirSync(OUT, { recursive: true });
const date = new Date('2026-11-23T10:00:00Z');
/** Text compared with all white space taken out: slides wrap lines where they like. */
const bare = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

function shopee() {
  let doc = createExampleMap('shopee-retail', date)!;
  doc = addVote(doc, { id: 'v1', cardId: doc.cards[0]!.id, voter: 'p1' });
  return addConnector(doc, doc.cards[0]!.id, doc.cards[3]!.id);
}

/** The deck as LibreOffice reads it, turned into PDF text: a reader nobody here wrote. */
function libreOfficeText(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-pptx-'));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const pdf = join(
    dir,
    file
      .split('/')
      .pop()!
      .replace(/\.pptx$/, '.pdf'),
  );
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '2', '-l', '3', pdf, join(OUT, 'pptx-slide')]);
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
}

describe('the PowerPoint export', () => {
  it('is a deck of native text boxes: title, the whole map, one slide per stage, every card readable by LibreOffice', async () => {
    const doc = shopee();
    const bytes = await buildPptx(doc, '16:9');
    const file = join(OUT, 'shopee.pptx');
    writeFileSync(file, bytes);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(2 + doc.stages.length);
    const whole = await zip.file('ppt/slides/slide2.xml')!.async('string');
    // Cards are text, not a picture; the curve is a chart; the connector an arrow.
    expect(whole).not.toContain('<p:pic>');
    expect(Object.keys(zip.files).some((f) => f.startsWith('ppt/charts/chart'))).toBe(true);
    expect(whole).toContain('tailEnd type="triangle"');
    expect(whole).toContain('lang="vi-VN"');
    // Every run names the app's face, marked swiss so Office substitutes a sans-serif without it.
    const faces = new Set([...whole.matchAll(/<a:latin typeface="([^"]*)"([^>]*)>/g)].map((m) => `${m[1]}${m[2]}`));
    expect([...faces].filter((f) => f.startsWith('Be Vietnam Pro'))).toContain(
      'Be Vietnam Pro pitchFamily="34" charset="0"/',
    );
    expect([...faces].filter((f) => !f.startsWith('Be Vietnam Pro'))).toEqual([]);
    const text = bare(libreOfficeText(file));
    for (const card of doc.cards) expect(text).toContain(bare(card.text));
    for (const stage of doc.stages) expect(text).toContain(bare(stage.name));
    expect(text).toContain(bare(doc.title));
    expect(text).toContain('●1');
  }, 180_000);

  it('makes 4:3 slides when asked', async () => {
    const zip = await JSZip.loadAsync(await buildPptx(shopee(), '4:3'));
    const presentation = await zip.file('ppt/presentation.xml')!.async('string');
    expect(presentation).toMatch(/<p:sldSz cx="9144000" cy="6858000"/);
  });
});
