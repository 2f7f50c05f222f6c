import type { DetailTitles } from '../../../../shared/model/detailLinks';
import { smoothPath } from '../../../../shared/layout/curve';
import { faceGeometry } from '../../../../shared/layout/face';
import { PICTURE_DATA_URL } from '../../../../shared/model/pictures';
import { dotsByCard } from '../../../../shared/model/ops/feedback';
import { reportPersona, type ReportPersona } from '../../../../shared/model/persona';
import type { JourneyMap } from '../../../../shared/model/types';
import { CARD_ICONS, cardStyle, cardStyleVars } from '../../../../shared/render/cardStyle';
import { EVIDENCE_STYLE, PERSONA_STYLE } from '../../../../shared/render/palette';
import { personaLegend } from '../../../../shared/templates/personaLegend';
import { EXPORT_WORDS, detailTitle } from '../../../../shared/templates/exportWords';
import {
  CARD_TYPE_LABELS,
  CHANNEL_LABELS,
  EVIDENCE_LABELS,
  KIND_LABELS,
  insightMeta,
} from '../../../../shared/templates/labels';
import { citations } from '../../../../shared/model/citations';
import { researchCoverage } from '../../../../shared/model/coverage';
import type { LibraryInsight } from '../../../../shared/model/insight';

/** The viewer's grid in CSS px: the lane-name column, a stage column, the emotion band. */
export const VIEWER_GRID = { label: 180, column: 260, curve: 170 } as const;

/** Only a JPEG/PNG data URL from the library; anything else is left out. */
const safePicture = (url: string | null | undefined) => url?.match(PICTURE_DATA_URL)?.[0] ?? '';

/**
 * The emotion curve over the stage columns, as drawing data: the same smooth path and faces
 * as the canvas and the PDF, computed here so the page only copies numbers into SVG attributes.
 */
function curveOf(doc: JourneyMap) {
  const { column, curve: height } = VIEWER_GRID;
  const at = new Map(doc.stages.map((s, i) => [s.id, i]));
  const place = (list: JourneyMap['emotions']) =>
    list
      .filter((e) => at.has(e.stageId))
      .map((e) => ({
        x: (at.get(e.stageId)! + 0.5) * column,
        y: height / 2 - (e.score / 3) * (height / 2 - 30),
        score: e.score,
        label: e.label,
      }))
      .sort((a, b) => a.x - b.x);
  // A stage scored step by step: its steps' points across its column, in place of its own.
  const stepped = doc.stages.filter((s) => s.steps.some((t) => t.emotion));
  const stepPoints = stepped.flatMap((s) =>
    s.steps.flatMap((t, i) =>
      t.emotion
        ? [
            {
              x: (at.get(s.id)! + (i + 0.5) / s.steps.length) * column,
              y: height / 2 - (t.emotion.score / 3) * (height / 2 - 30),
              score: t.emotion.score,
              label: t.emotion.label,
            },
          ]
        : [],
    ),
  );
  const points = [...place(doc.emotions.filter((e) => !stepped.some((s) => s.id === e.stageId))), ...stepPoints].sort(
    (a, b) => a.x - b.x,
  );
  const r = 13;
  const legend = personaLegend(doc);
  return {
    width: doc.stages.length * column,
    height,
    zero: height / 2,
    d: points.length > 1 ? smoothPath(points) : '',
    /** The personas compared beside the main one: a line and dots each, in its colour. */
    others: doc.personas.map((p, i) => {
      const dots = place(p.emotions);
      return {
        name: legend[i + 1]!.name,
        ink: PERSONA_STYLE[p.colour].ink,
        d: dots.length > 1 ? smoothPath(dots) : '',
        dots,
      };
    }),
    /** Every persona's name and colour, when there is more than one. */
    legend: legend.length > 1 ? legend.map((p) => ({ name: p.name, ink: PERSONA_STYLE[p.colour].ink })) : [],
    faces: points.map((p) => {
      const f = faceGeometry(p.score, r);
      const mouth = f.mouth.replace(
        /(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g,
        (_s, a: string, b: string) => `${p.x + Number(a)},${p.y + Number(b)}`,
      );
      return {
        x: p.x,
        y: p.y,
        r,
        fill: f.fill,
        stroke: f.stroke,
        eyes: f.eyes.map((e) => ({ x: p.x + e.x, y: p.y + e.y })),
        eyeR: f.eyeRadius,
        mouth,
        label: p.label,
        // Under the face, or over it when the face sits low.
        labelY: p.y + (p.score <= -2 ? -r - 8 : r + 16),
      };
    }),
  };
}

/** What a viewer shows beyond the map: pictures by hash, the persona, the linked maps' titles. */
export interface ViewerExtras {
  pictures?: ReadonlyMap<string, string>;
  persona?: ReportPersona;
  detailTitles?: DetailTitles;
  /** The library's insights the cards cite, listed numbered and shown with each card. */
  insights?: readonly LibraryInsight[];
}

/** The research behind the map, numbered as the cards cite it: what the viewer lists, in words. */
function viewerResearch(doc: JourneyMap, insights: readonly LibraryInsight[]) {
  const cited = citations(doc, insights);
  if (!cited.order.length) return { list: null, refs: new Map<string, string[]>() };
  const lang = doc.language;
  const w = EXPORT_WORDS[lang].research;
  const coverage = researchCoverage(doc, (id) => cited.numberOf.has(id));
  const backed = coverage.pains.total ? coverage.pains : coverage.cards;
  const entry = (i: LibraryInsight) =>
    `[${cited.numberOf.get(i.id)}] ${i.kind === 'quote' ? `“${i.text}”` : i.text} — ${insightMeta(i, lang)}`;
  const refs = new Map(doc.cards.map((c) => [c.id, cited.order.filter((i) => c.insights.includes(i.id)).map(entry)]));
  return {
    list: {
      title: w.title,
      lead: (coverage.pains.total ? w.pains : w.cards)
        .replace('{backed}', String(backed.backed))
        .replace('{total}', String(backed.total)),
      items: cited.order.map(entry),
    },
    refs,
  };
}

/**
 * What the one-file viewer shows, prepared here so the page itself only draws: plain strings
 * and numbers (every one drawn as text or copied into an SVG attribute), already in the map's
 * language: the persona and scenario, the legend, the grid, the curve and the connectors.
 */
export function viewerData(doc: JourneyMap, extras: ViewerExtras = {}) {
  const pictures = extras.pictures ?? new Map<string, string>();
  const persona = extras.persona ?? reportPersona(doc.persona, null);
  const stepNames = new Map(doc.stages.flatMap((s) => s.steps.map((t) => [t.id, t.name] as const)));
  const detailName = (id: string | null) => (id ? detailTitle(extras.detailTitles?.get(id), doc.language) : '');
  const lang = doc.language;
  const dots = dotsByCard(doc.votes);
  const lanes = doc.lanes.filter((l) => !l.hidden && l.type !== 'metrics');
  const cards = doc.cards.filter((c) => lanes.some((l) => l.id === c.laneId && l.type === 'cards'));
  const used = new Set(cards.map((c) => c.type));
  const research = viewerResearch(doc, extras.insights ?? []);
  const evidence = new Set(cards.map((c) => c.evidence).filter((e) => e !== null));
  return {
    lang,
    title: doc.title,
    kind: KIND_LABELS[doc.kind][lang],
    words: EXPORT_WORDS[lang].viewer,
    report: EXPORT_WORDS[lang].report,
    grid: VIEWER_GRID,
    persona: { ...persona, photo: safePicture(persona.photo) },
    scenario: doc.scenario,
    legend: {
      types: [...used].map((t) => ({ label: CARD_TYPE_LABELS[t][lang], colour: cardStyle({ type: t }).bar })),
      evidence: [...evidence].map((e) => ({
        label: EVIDENCE_LABELS[e][lang],
        fill: EVIDENCE_STYLE[e].fill,
        ink: EVIDENCE_STYLE[e].ink,
      })),
    },
    stages: doc.stages.map((s) => ({ id: s.id, name: s.name, detail: detailName(s.detail) })),
    lanes: lanes.map((l) => ({ id: l.id, name: l.name, kind: l.type as 'cards' | 'emotion' | 'line' })),
    emotions: doc.emotions.map((e) => ({ stageId: e.stageId, score: e.score, label: e.label })),
    curve: curveOf(doc),
    research: research.list,
    connectors: doc.connectors.map((c) => ({ from: c.from, to: c.to })),
    cards: cards
      .sort((a, b) => a.order - b.order)
      .map((c) => ({
        id: c.id,
        stageId: c.stageId,
        laneId: c.laneId,
        text: c.text,
        type: CARD_TYPE_LABELS[c.type][lang],
        look: cardStyleVars(cardStyle(c)),
        icon: CARD_ICONS[c.type],
        evidence: c.evidence ? EVIDENCE_LABELS[c.evidence][lang] : '',
        channel: c.channel ? CHANNEL_LABELS[c.channel][lang] : '',
        owner: c.owner,
        tags: c.tags.join(', '),
        dots: dots.get(c.id) ?? 0,
        detail: detailName(c.detail),
        step: c.stepId ? (stepNames.get(c.stepId) ?? '') : '',
        picture: safePicture(c.picture && pictures.get(c.picture.hash)),
        comments: doc.comments.filter((k) => k.cardId === c.id).map((k) => `${k.author}: ${k.text}`),
        research: research.refs.get(c.id) ?? [],
      })),
  };
}

export type ViewerData = ReturnType<typeof viewerData>;
