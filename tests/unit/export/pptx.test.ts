import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fontMetrics } from '../../../renderer/src/export/fontMetrics';
import { buildPptx, type SlideAspect } from '../../../renderer/src/export/pptx/buildPptx';
import { addConnector, addVote } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { EXAMPLES, createExampleMap } from '../../../shared/templates/examples';
import { EXPORT_WORDS } from '../../../shared/templates/exportWords';
import { syntheticMap } from '../../../bench/synthetic';
import { deckSlides, type SlideShape } from '../../helpers/pptxShapes';
import { exportFonts } from '../../helpers/exportFonts';

const OUT = join(import.meta.dirname, '..', '..', '..', 'test-results', 'exports');
mkdirSync(OUT, { recursive: true });
const date = new Date('2026-12-07T10:00:00Z');
const metrics = fontMetrics(exportFonts());
const deck = (doc: JourneyMap, aspect: SlideAspect = '16:9') => buildPptx(doc, { aspect, metrics, date });
/** Text compared with all white space taken out: slides wrap lines where they like. */
const bare = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

function shopee() {
  let doc = createExampleMap('shopee-retail', date)!;
  doc = addVote(doc, { id: 'v1', cardId: doc.cards[0]!.id, voter: 'p1' });
  return addConnector(doc, doc.cards[0]!.id, doc.cards[3]!.id);
}

/** The deck as LibreOffice reads it, as PDF text and one image a slide: a reader nobody here wrote. */
function libreOffice(file: string, name: string): string {
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
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, name)]);
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
}

/** Cards: outlined text boxes (lane names, titles and counts have no outline). */
const cardsOn = (shapes: SlideShape[]) => shapes.filter((s) => s.geometry === 'rect' && s.outlined && s.text);
const inside = (p: { x: number; y: number }, b: SlideShape) =>
  p.x >= b.x - 0.02 && p.x <= b.x + b.w + 0.02 && p.y >= b.y - 0.02 && p.y <= b.y + b.h + 0.02;
const onEdge = (p: { x: number; y: number }, b: SlideShape) =>
  inside(p, b) &&
  Math.min(Math.abs(p.x - b.x), Math.abs(p.x - b.x - b.w), Math.abs(p.y - b.y), Math.abs(p.y - b.y - b.h)) < 0.02;

describe('the PowerPoint export', () => {
  it.each(EXAMPLES.map((e) => e.id))(
    'keeps every run at 12 pt or more, a card’s type label smaller than its text (%s)',
    async (id) => {
      const doc = createExampleMap(id, date)!;
      for (const aspect of ['16:9', '4:3'] as const) {
        const bytes = await deck(doc, aspect);
        const slides = await deckSlides(bytes);
        const sizes = slides.flatMap((s) => s.shapes.flatMap((sh) => sh.sizes));
        expect(sizes.length).toBeGreaterThan(50);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
        const zip = await JSZip.loadAsync(bytes);
        for (const chart of Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))) {
          const xml = await zip.file(chart)!.async('string');
          for (const m of xml.matchAll(/\ssz="(\d+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(1200);
        }
        for (const card of slides.flatMap((s) => cardsOn(s.shapes)))
          expect(card.sizes[0]).toBeLessThan(Math.max(...card.sizes));
      }
    },
    60_000,
  );

  it('puts a stage’s cards in columns across the whole slide, none overlapping, all on the slide', async () => {
    const doc = createExampleMap('tesla', date)!;
    const slides = await deckSlides(await deck(doc));
    const stageSlides = slides.slice(2);
    expect(stageSlides.length).toBeGreaterThanOrEqual(doc.stages.length);
    for (const { shapes } of stageSlides) {
      const cards = cardsOn(shapes);
      for (const c of cards) {
        expect(c.x).toBeGreaterThanOrEqual(0.3);
        expect(c.x + c.w).toBeLessThanOrEqual(10 - 0.3);
        expect(c.y + c.h).toBeLessThanOrEqual(5.625 - 0.3);
      }
      for (const a of cards)
        for (const b of cards)
          if (a !== b)
            expect(
              a.x + a.w <= b.x + 0.001 ||
                b.x + b.w <= a.x + 0.001 ||
                a.y + a.h <= b.y + 0.001 ||
                b.y + b.h <= a.y + 0.001,
            ).toBe(true);
      // The cards span the slide: from the lane names to the right margin.
      expect(Math.min(...cards.map((c) => c.x))).toBeLessThan(2.1);
      expect(Math.max(...cards.map((c) => c.x + c.w))).toBeGreaterThan(9.5);
    }
  });

  it('continues a long stage on further slides, cut between whole cards, saying so', async () => {
    const doc = syntheticMap(300);
    const slides = await deckSlides(await deck(doc));
    const words = EXPORT_WORDS[doc.language].slides;
    const stage = doc.stages[0]!;
    const own = slides.filter((s) => s.shapes[0]!.text.includes(stage.name));
    expect(own.length).toBeGreaterThan(1);
    own.forEach((s, i) => {
      expect(s.shapes.some((x) => x.text === words.continues)).toBe(i < own.length - 1);
      expect(s.shapes[0]!.text.includes(words.continued)).toBe(i > 0);
    });
    // Every card of the stage once, whole (its whole text in one box).
    const texts = own.flatMap((s) => cardsOn(s.shapes).map((c) => bare(c.text)));
    const cards = doc.cards.filter((c) => c.stageId === stage.id && !doc.lanes.find((l) => l.id === c.laneId)?.hidden);
    expect(texts).toHaveLength(cards.length);
    for (const c of cards) expect(texts.some((t) => t.endsWith(bare(c.text)))).toBe(true);
  });

  it('routes connectors as elbows from one card’s edge to another’s, never a diagonal', async () => {
    const doc = createExampleMap('service-visit', date)!;
    expect(doc.connectors.length).toBeGreaterThan(0);
    const slides = await deckSlides(await deck(doc));
    const paths = slides.flatMap(({ shapes }) =>
      shapes
        .filter((s) => s.geometry === 'path' && s.xml.includes('tailEnd'))
        .map((p) => ({ p, cards: cardsOn(shapes) })),
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const { p, cards } of paths) {
      for (let i = 1; i < p.path.length; i++) {
        const [a, b] = [p.path[i - 1]!, p.path[i]!];
        expect(Math.abs(a.x - b.x) < 0.001 || Math.abs(a.y - b.y) < 0.001).toBe(true);
      }
      const from = cards.find((c) => onEdge(p.path[0]!, c));
      const to = cards.find((c) => c !== from && onEdge(p.path.at(-1)!, c));
      expect(from).toBeDefined();
      expect(to).toBeDefined();
    }
    // The slides' own straight lines are level: the blueprint's lines and the zero line.
    for (const s of slides.flatMap((x) => x.shapes).filter((s) => s.geometry === 'line')) expect(s.h).toBe(0);
  });

  it('draws the blueprint’s three lines, named, on every stage slide', async () => {
    const doc = createExampleMap('service-visit', date)!;
    const names = doc.lanes.filter((l) => l.type === 'line').map((l) => l.name.toUpperCase());
    expect(names).toHaveLength(3);
    const slides = await deckSlides(await deck(doc));
    for (const { shapes } of slides.slice(2)) {
      const dashed = shapes.filter((s) => s.geometry === 'line' && s.dashed && s.w > 6);
      const labels = shapes.filter((s) => names.some((n) => bare(s.text) === bare(n)));
      // A stage's continuation slide carries the lines that fall on it.
      expect(dashed.length).toBe(labels.length);
    }
    const all = slides.slice(2).flatMap((s) => s.shapes.map((x) => bare(x.text)));
    for (const n of names) expect(all).toContain(bare(n));
  });

  it('opens with the title, kind, scenario and date, and shows the whole journey with its curve and faces', async () => {
    const doc = createExampleMap('tesla', date)!;
    const slides = await deckSlides(await deck(doc));
    const title = slides[0]!.shapes.map((s) => s.text).join(' ');
    expect(title).toContain(doc.title);
    expect(bare(title)).toContain(bare(doc.scenario).slice(0, 40));
    expect(title).toContain('7 December 2026');
    const overview = slides[1]!;
    expect(overview.xml).toContain('<p:graphicFrame>');
    for (const s of doc.stages) expect(overview.shapes.map((x) => bare(x.text))).toContain(bare(s.name));
    // A face a point: its circle, two eyes and a mouth.
    const faces = overview.shapes.filter((s) => s.geometry === 'ellipse' && s.w > 0.2);
    expect(faces).toHaveLength(doc.emotions.length);
    for (const e of doc.emotions.filter((x) => x.label))
      expect(overview.shapes.map((x) => bare(x.text))).toContain(bare(e.label));
  });

  it('is read whole by LibreOffice: every card, stage and the title, at 16:9 and 4:3', async () => {
    const doc = shopee();
    for (const aspect of ['16:9', '4:3'] as const) {
      const bytes = await deck(doc, aspect);
      const file = join(OUT, `shopee-${aspect.replace(':', 'x')}.pptx`);
      writeFileSync(file, bytes);
      const text = bare(libreOffice(file, `pptx-shopee-${aspect.replace(':', 'x')}`));
      for (const card of doc.cards) expect(text).toContain(bare(card.text));
      for (const stage of doc.stages) expect(text).toContain(bare(stage.name));
      expect(text).toContain(bare(doc.title));
      expect(text).toContain('07/12/2026'.length ? '7tháng12' : '');
      expect(text).toContain('●1');
      const zip = await JSZip.loadAsync(readFileSync(file));
      const presentation = await zip.file('ppt/presentation.xml')!.async('string');
      expect(presentation).toMatch(
        aspect === '4:3' ? /<p:sldSz cx="9144000" cy="6858000"/ : /<p:sldSz cx="9144000" cy="5143500"/,
      );
      const whole = await zip.file('ppt/slides/slide3.xml')!.async('string');
      expect(whole).toContain('lang="vi-VN"');
      const faces = new Set([...whole.matchAll(/<a:latin typeface="([^"]*)"([^>]*)>/g)].map((m) => `${m[1]}${m[2]}`));
      expect([...faces]).toEqual(['Be Vietnam Pro pitchFamily="34" charset="0"/']);
    }
  }, 240_000);
});
