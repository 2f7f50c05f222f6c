import type PptxGenJS from 'pptxgenjs';
import { routeConnector, type Box } from '../../../../shared/layout/connectorRoute';
import type { Card, JourneyMap } from '../../../../shared/model/types';
import { cardStyle } from '../../../../shared/render/cardStyle';
import { EXPORT_WORDS } from '../../../../shared/templates/exportWords';
import { drawFace } from './faceShape';
import {
  LINE,
  MARGIN,
  PAD_PT,
  PATH_SHAPE,
  SLIDE_TEXT,
  hex,
  textFont,
  type SlideBox,
  type SlideSize,
} from './slideStyle';
import type { PlannedCard, StageSlidePlan } from './stagePlan';

type Pictures = ReadonlyMap<string, string>;
/** The picture a card shows, as a data URL, when the export has it. */
export const pictureOf = (pictures: Pictures, card: Card) =>
  card.picture ? pictures.get(card.picture.hash) : undefined;

const INK = '1D2330';
const MUTED = '5B6475';
const LINE_INK = '6B3FB8';
const CONNECTOR_INK = '334155';

/** A card as a native text box in its colours: the type bar down its left, type label over its text. */
function drawCard(slide: PptxGenJS.Slide, doc: JourneyMap, placed: PlannedCard, pictures: Pictures): void {
  const { card } = placed;
  const look = cardStyle(card);
  let box = placed.box;
  const picture = pictureOf(pictures, card);
  if (picture && placed.pictureH) {
    // pptxgenjs takes a data URL without its 'data:' scheme.
    slide.addImage({
      data: picture.replace(/^data:/, ''),
      ...box,
      h: placed.pictureH,
      altText: card.text.slice(0, 200),
    });
    box = { ...box, y: box.y + placed.pictureH, h: box.h - placed.pictureH };
  }
  const spacing = (size: number) => ({ fontSize: size, lineSpacing: size * LINE });
  slide.addText(
    [
      {
        text: placed.head,
        options: { ...spacing(SLIDE_TEXT.cardLabel), bold: true, color: hex(look.label), breakLine: true },
      },
      { text: placed.text.join('\n'), options: { ...spacing(SLIDE_TEXT.cardText), color: hex(look.ink) } },
    ],
    {
      ...box,
      ...textFont(doc.language),
      valign: 'top',
      margin: [PAD_PT, PAD_PT, PAD_PT, PAD_PT + 3],
      fill: { color: hex(look.tint) },
      line: { color: hex(look.border), width: 0.75 },
    },
  );
  slide.addShape('rect', {
    x: box.x,
    y: box.y,
    w: 0.05,
    h: box.h,
    fill: { color: hex(look.bar) },
    line: { type: 'none' },
  });
}

/**
 * A connector as one elbowed path with an arrowhead: the canvas's own route (out of the
 * source's side, along the column gutters, across between rows), never a diagonal over text.
 */
function drawConnector(slide: PptxGenJS.Slide, plan: StageSlidePlan, from: SlideBox, to: SlideBox): void {
  const pt = (b: SlideBox): Box => ({ x: b.x * 72, y: b.y * 72, width: b.w * 72, height: b.h * 72 });
  const points = routeConnector(
    {
      stages: plan.columns.map((c) => ({ x: c.x * 72, width: c.w * 72 })),
      lanes: plan.rows.map((r) => ({ y: r.y * 72, height: r.h * 72 })),
      cards: plan.cards.map((c) => pt(c.box)),
    },
    pt(from),
    pt(to),
  ).map((p) => ({ x: p.x / 72, y: p.y / 72 }));
  const x = Math.min(...points.map((p) => p.x));
  const y = Math.min(...points.map((p) => p.y));
  const w = Math.max(0.01, Math.max(...points.map((p) => p.x)) - x);
  const h = Math.max(0.01, Math.max(...points.map((p) => p.y)) - y);
  slide.addShape(PATH_SHAPE, {
    x,
    y,
    w,
    h,
    points: points.map((p, i) => ({ x: p.x - x, y: p.y - y, ...(i === 0 ? { moveTo: true } : {}) })),
    line: { color: CONNECTOR_INK, width: 1.5, endArrowType: 'triangle' },
  });
}

function drawTitle(slide: PptxGenJS.Slide, doc: JourneyMap, plan: StageSlidePlan, size: SlideSize): void {
  const words = EXPORT_WORDS[doc.language].slides;
  const stage = doc.stages[plan.stageIndex]!;
  const heading = words.stage.replace('{n}', String(plan.stageIndex + 1)).replace('{total}', String(doc.stages.length));
  const feeling = doc.emotions.find((e) => e.stageId === stage.id);
  const faceW = feeling ? 0.5 : 0;
  slide.addText(
    [
      { text: `${heading}   `, options: { color: MUTED, fontSize: SLIDE_TEXT.min } },
      { text: stage.name, options: { bold: true, fontSize: SLIDE_TEXT.slideTitle, color: INK } },
      ...(plan.part ? [{ text: `  ${words.continued}`, options: { color: MUTED, fontSize: SLIDE_TEXT.min } }] : []),
    ],
    { x: MARGIN, y: 0.15, w: size.w - 2 * MARGIN - 2.6 - faceW, h: 0.6, ...textFont(doc.language), valign: 'middle' },
  );
  if (!feeling) return;
  // The stage's emotion as on the canvas: its face, score and label.
  drawFace(slide, feeling.score, size.w - MARGIN - 2.6 - 0.42, 0.45, 0.17);
  slide.addText(
    [
      { text: `${feeling.score > 0 ? '+' : ''}${feeling.score}`, options: { bold: true, breakLine: !!feeling.label } },
      ...(feeling.label ? [{ text: feeling.label }] : []),
    ],
    {
      x: size.w - MARGIN - 2.6,
      y: 0.15,
      w: 2.6,
      h: 0.6,
      ...textFont(doc.language),
      fontSize: SLIDE_TEXT.min,
      color: '78350F',
      valign: 'middle',
      fit: 'none',
    },
  );
}

/** One slide of a stage, as planned: lanes down the side, cards in columns, lines and connectors. */
export function drawStageSlide(
  pptx: PptxGenJS,
  doc: JourneyMap,
  plan: StageSlidePlan,
  size: SlideSize,
  pictures: Pictures,
): void {
  const words = EXPORT_WORDS[doc.language].slides;
  const slide = pptx.addSlide();
  drawTitle(slide, doc, plan, size);
  const font = { ...textFont(doc.language), fontSize: SLIDE_TEXT.lane, lineSpacing: SLIDE_TEXT.lane * LINE };
  for (const lane of plan.lanes)
    slide.addText(`${lane.lines.join('\n')}${lane.continued ? `\n${words.continued}` : ''}`, {
      x: MARGIN,
      y: lane.y,
      w: plan.columns[0]!.x - MARGIN - 0.08,
      h: lane.h - 0.06,
      ...font,
      bold: true,
      color: '2C3444',
      valign: 'top',
      margin: PAD_PT,
      fill: { color: 'EEF1F6' },
    });
  const right = plan.columns.at(-1)!;
  const labelH = (SLIDE_TEXT.lane * LINE + 2 * PAD_PT) / 72;
  for (const line of plan.lines) {
    slide.addShape('line', {
      x: MARGIN,
      y: line.y,
      w: right.x + right.w - MARGIN,
      h: 0,
      line: { color: LINE_INK, width: 2, dashType: 'dash' },
    });
    // The name sits on the line, on the slide's white, as a label on a drawing.
    slide.addText(line.label, {
      x: plan.columns[0]!.x + 0.1,
      y: line.y - labelH / 2,
      w: Math.min(right.x + right.w - plan.columns[0]!.x - 0.1, line.labelW),
      h: labelH,
      ...font,
      bold: true,
      color: LINE_INK,
      valign: 'middle',
      margin: [0, PAD_PT, 0, PAD_PT],
      fill: { color: 'FFFFFF' },
    });
  }
  for (const placed of plan.cards) drawCard(slide, doc, placed, pictures);
  const boxes = new Map(plan.cards.map((c) => [c.card.id, c.box]));
  for (const c of plan.connectors) drawConnector(slide, plan, boxes.get(c.from)!, boxes.get(c.to)!);
  if (plan.part < plan.parts - 1)
    slide.addText(words.continues, {
      x: size.w / 2,
      y: size.h - 0.4,
      w: size.w / 2 - MARGIN,
      h: 0.32,
      ...textFont(doc.language),
      fontSize: SLIDE_TEXT.min,
      color: MUTED,
      align: 'right',
      italic: true,
    });
}
