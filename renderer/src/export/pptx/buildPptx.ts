import type PptxGenJS from 'pptxgenjs';
import { computeLayout, type MapLayout } from '../../../../shared/layout';
import type { Language } from '../../../../shared/model/constants';
import { dotsByCard } from '../../../../shared/model/ops/feedback';
import type { ReportPersona } from '../../../../shared/model/persona';
import type { Card, JourneyMap } from '../../../../shared/model/types';
import { cardStyle } from '../../../../shared/render/cardStyle';
import { OFFICE_FONT } from '../../../../shared/render/typeface';
import { CARD_HEAD_LABELS, KIND_LABELS } from '../../../../shared/templates/labels';
import { EXPORT_WORDS } from '../../../../shared/templates/exportWords';

export type SlideAspect = '16:9' | '4:3';

/** Slide sizes in inches, as PowerPoint's own 16:9 and 4:3 layouts. */
const SLIDE = { '16:9': { w: 10, h: 5.625, layout: 'LAYOUT_16x9' }, '4:3': { w: 10, h: 7.5, layout: 'LAYOUT_4x3' } };
const MARGIN = 0.3;
const TITLE_H = 0.5;
/** Text in the map's language, so PowerPoint spell-checks Vietnamese as Vietnamese. */
const LANG: Record<Language, string> = { en: 'en-GB', vi: 'vi-VN' };
/** pptxgenjs marks each run's face as swiss (pitchFamily 34): where the app's face is not installed, Office draws a sans-serif. */
const textFont = (lang: Language) => ({ fontFace: OFFICE_FONT, lang: LANG[lang] });
const hex = (c: string) => c.replace('#', '').toUpperCase();
type Pictures = ReadonlyMap<string, string>;
/** The picture a card shows, as a data URL, when the export has it. */
const pictureOf = (pictures: Pictures, card: Card) => (card.picture ? pictures.get(card.picture.hash) : undefined);

/** A card as a native text box: type label (and dots) over its text, in its colours. */
function cardText(card: Card, lang: Language, dots: number, size: number): PptxGenJS.TextProps[] {
  const look = cardStyle(card);
  const head = `${CARD_HEAD_LABELS[card.type][lang].toUpperCase()}${dots ? `  ● ${dots}` : ''}`;
  const headSize = Math.max(5, size - 2);
  return [
    { text: `${look.icon} `, options: { bold: true, fontSize: headSize, color: hex(look.bar) } },
    { text: head, options: { bold: true, fontSize: headSize, color: hex(look.label), breakLine: true } },
    { text: card.text, options: { fontSize: size, color: hex(look.ink) } },
  ];
}

function addCard(
  slide: PptxGenJS.Slide,
  card: Card,
  box: { x: number; y: number; w: number; h: number },
  lang: Language,
  dots: number,
  size: number,
  picture?: string,
) {
  const look = cardStyle(card);
  // The card's picture on top of its text box, as the canvas shows it.
  if (picture && card.picture) {
    const h = Math.min(box.w * Math.min(card.picture.height / card.picture.width, 0.75), box.h * 0.6);
    // pptxgenjs takes a data URL without its 'data:' scheme.
    slide.addImage({
      data: picture.replace(/^data:/, ''),
      x: box.x,
      y: box.y,
      w: box.w,
      h,
      altText: card.text.slice(0, 200),
    });
    box = { ...box, y: box.y + h, h: box.h - h };
  }
  slide.addText(cardText(card, lang, dots, size), {
    ...box,
    ...textFont(lang),
    valign: 'top',
    margin: 2,
    fill: { color: hex(look.tint) },
    line: { color: hex(look.border), width: look.borderWidth * 0.75 },
    fit: 'shrink',
  });
}

function titleSlide(pptx: PptxGenJS, doc: JourneyMap, persona: ReportPersona | undefined): void {
  const lang = doc.language;
  const words = EXPORT_WORDS[lang].slides;
  const slide = pptx.addSlide();
  slide.addText(doc.title, {
    x: 0.6,
    y: 0.8,
    w: 8.8,
    h: 1.2,
    ...textFont(doc.language),
    fontSize: 32,
    bold: true,
    color: '1D2330',
  });
  slide.addText(KIND_LABELS[doc.kind][lang], {
    x: 0.6,
    y: 2.0,
    w: 8.8,
    h: 0.4,
    ...textFont(doc.language),
    fontSize: 16,
    color: '5B6475',
  });
  const who = persona?.name || doc.persona.name;
  if (!who) return;
  const lines: PptxGenJS.TextProps[] = [{ text: `${words.persona}: ${who}`, options: { bold: true, breakLine: true } }];
  if (persona?.quote) lines.push({ text: `“${persona.quote}”`, options: { italic: true, breakLine: true } });
  const goals = persona?.goals ?? doc.persona.goals;
  if (goals.length) lines.push({ text: `${words.goals}: ${goals.join(' · ')}`, options: { breakLine: true } });
  if (persona?.frustrations.length) lines.push({ text: `${words.frustrations}: ${persona.frustrations.join(' · ')}` });
  slide.addText(lines, {
    x: 0.6,
    y: 2.7,
    w: 8.8,
    h: 2.2,
    ...textFont(doc.language),
    fontSize: 14,
    color: '1D2330',
    valign: 'top',
  });
}

/** The emotion curve as a native line chart (one point per stage), editable in PowerPoint. */
function emotionChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  doc: JourneyMap,
  box: { x: number; y: number; w: number; h: number },
) {
  const scores = new Map(doc.emotions.map((e) => [e.stageId, e.score]));
  if (!scores.size) return;
  slide.addChart(
    pptx.ChartType.line,
    [
      {
        name: EXPORT_WORDS[doc.language].slides.emotion,
        labels: doc.stages.map((s) => s.name),
        values: doc.stages.map((s) => scores.get(s.id) ?? 0),
      },
    ],
    {
      ...box,
      valAxisMinVal: -3,
      valAxisMaxVal: 3,
      lineSize: 2,
      chartColors: ['D97706'],
      showLegend: false,
      // The stages are named by the columns above; the scale stays small.
      catAxisHidden: true,
      valAxisLabelFontSize: 6,
    },
  );
}

/** The whole map on one slide: stage headers, lane names and every card, scaled to fit. */
function wholeMapSlide(
  pptx: PptxGenJS,
  doc: JourneyMap,
  layout: MapLayout,
  size: { w: number; h: number },
  pictures: Pictures,
) {
  const slide = pptx.addSlide();
  const words = EXPORT_WORDS[doc.language].slides;
  slide.addText(`${doc.title} — ${words.wholeMap}`, {
    x: MARGIN,
    y: 0.1,
    w: size.w - 2 * MARGIN,
    h: TITLE_H - 0.1,
    ...textFont(doc.language),
    fontSize: 16,
    bold: true,
  });
  const area = { x: MARGIN, y: TITLE_H, w: size.w - 2 * MARGIN, h: size.h - TITLE_H - MARGIN };
  const k = Math.min(area.w / layout.width, area.h / layout.height);
  // Centred across the slide when the map is taller than the slide is wide.
  const left = area.x + (area.w - layout.width * k) / 2;
  const X = (v: number) => left + v * k;
  const Y = (v: number) => area.y + v * k;
  const text = Math.max(4, Math.min(10, 12 * k * 72 * 0.9));
  for (const s of layout.stages) {
    const stage = doc.stages.find((x) => x.id === s.id)!;
    slide.addText(stage.name, {
      x: X(s.x),
      y: Y(0),
      w: s.width * k,
      h: 40 * k,
      ...textFont(doc.language),
      fontSize: text + 1,
      bold: true,
      color: 'FFFFFF',
      fill: { color: '1E3A8A' },
      margin: 1,
    });
  }
  for (const l of layout.lanes)
    slide.addText(l.lane.name, {
      x: X(0),
      y: Y(l.y),
      w: 180 * k,
      h: l.height * k,
      ...textFont(doc.language),
      fontSize: text,
      bold: true,
      color: '1D2330',
      valign: 'top',
      margin: 1,
    });
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  const dots = dotsByCard(doc.votes);
  const boxes = new Map(layout.cards.map((b) => [b.id, b]));
  for (const b of layout.cards)
    addCard(
      slide,
      cards.get(b.id)!,
      { x: X(b.x), y: Y(b.y), w: b.width * k, h: b.height * k },
      doc.language,
      dots.get(b.id) ?? 0,
      text,
      pictureOf(pictures, cards.get(b.id)!),
    );
  // Connectors as native arrows from card to card (PowerPoint's glued connectors are not in the writer).
  for (const c of doc.connectors) {
    const a = boxes.get(c.from);
    const z = boxes.get(c.to);
    if (!a || !z) continue;
    const x1 = X(a.x + a.width),
      y1 = Y(a.y + a.height / 2),
      x2 = X(z.x),
      y2 = Y(z.y + z.height / 2);
    slide.addShape(pptx.ShapeType.line, {
      x: Math.min(x1, x2),
      y: Math.min(y1, y2),
      w: Math.max(0.01, Math.abs(x2 - x1)),
      h: Math.max(0.01, Math.abs(y2 - y1)),
      flipH: x2 < x1,
      flipV: y2 < y1,
      line: { color: '64748B', width: 1, endArrowType: 'triangle' },
    });
  }
  // The curve in its own lane, as a chart spanning the stages.
  const lane = layout.lanes.find((l) => l.id === layout.emotion?.laneId);
  const first = layout.stages[0];
  const last = layout.stages.at(-1);
  if (lane && first && last)
    emotionChart(pptx, slide, doc, {
      x: X(first.x),
      y: Y(lane.y),
      w: (last.x + last.width - first.x) * k,
      h: lane.height * k,
    });
}

/** One stage: its lanes as rows, its cards side by side in their lane, with the stage's emotion. */
function stageSlide(
  pptx: PptxGenJS,
  doc: JourneyMap,
  index: number,
  size: { w: number; h: number },
  pictures: Pictures,
) {
  const stage = doc.stages[index]!;
  const words = EXPORT_WORDS[doc.language].slides;
  const slide = pptx.addSlide();
  const heading = words.stage.replace('{n}', String(index + 1)).replace('{total}', String(doc.stages.length));
  const feeling = doc.emotions.find((e) => e.stageId === stage.id);
  const mood = feeling
    ? `   ${words.emotion}: ${feeling.score > 0 ? '+' : ''}${feeling.score}${feeling.label ? ` ${feeling.label}` : ''}`
    : '';
  slide.addText(
    [
      { text: `${heading}  `, options: { color: '5B6475', fontSize: 12 } },
      { text: stage.name, options: { bold: true, fontSize: 20 } },
      { text: mood, options: { color: 'B45309', fontSize: 12 } },
    ],
    { x: MARGIN, y: 0.1, w: size.w - 2 * MARGIN, h: TITLE_H, ...textFont(doc.language) },
  );
  const lanes = doc.lanes.filter(
    (l) => l.type === 'cards' && !l.hidden && doc.cards.some((c) => c.laneId === l.id && c.stageId === stage.id),
  );
  const dots = dotsByCard(doc.votes);
  const top = TITLE_H + 0.2;
  const rowH = (size.h - top - MARGIN) / Math.max(1, lanes.length);
  const labelW = 1.6;
  lanes.forEach((lane, i) => {
    const y = top + i * rowH;
    slide.addText(lane.name, {
      x: MARGIN,
      y,
      w: labelW - 0.1,
      h: rowH - 0.08,
      ...textFont(doc.language),
      fontSize: 11,
      bold: true,
      valign: 'top',
      color: '1D2330',
    });
    const cards = doc.cards
      .filter((c) => c.laneId === lane.id && c.stageId === stage.id)
      .sort((a, b) => a.order - b.order);
    // Cards keep a card's proportions: at most 2.7 in wide, as tall as their text needs.
    const w = Math.min(2.7, (size.w - 2 * MARGIN - labelW) / cards.length);
    const fontSize = w < 1.6 ? 9 : 11;
    cards.forEach((card, j) => {
      const lines = Math.ceil((card.text.length * fontSize * 0.0075) / w) + 1;
      const h = Math.min(rowH - 0.08, 0.25 + lines * fontSize * 0.0185);
      const box = { x: MARGIN + labelW + j * w, y, w: w - 0.08, h };
      addCard(slide, card, box, doc.language, dots.get(card.id) ?? 0, fontSize, pictureOf(pictures, card));
    });
  });
}

/**
 * An editable PowerPoint deck of the map: a title slide, the whole map, then one slide per
 * stage. Every card is a native text box in its colours, the curve a native line chart, so a
 * colleague can change the deck in PowerPoint, Keynote or LibreOffice.
 */
export async function buildPptx(
  doc: JourneyMap,
  aspect: SlideAspect,
  persona?: ReportPersona,
  pictures: Pictures = new Map(),
): Promise<Uint8Array> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  const size = SLIDE[aspect];
  pptx.layout = size.layout;
  // The theme names the same face, so text a person adds in PowerPoint matches the rest.
  pptx.theme = { headFontFace: OFFICE_FONT, bodyFontFace: OFFICE_FONT };
  pptx.title = doc.title;
  pptx.company = 'Waymark';
  titleSlide(pptx, doc, persona);
  wholeMapSlide(pptx, doc, computeLayout(doc, { hiddenLanes: 'omit' }), size, pictures);
  doc.stages.forEach((_, i) => stageSlide(pptx, doc, i, size, pictures));
  const out = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return out;
}
