import { TITLE_MAX, type CardType, type MapKind } from '../model/constants';
import type { Translatable } from '../model/translatable';
import { LIMITS } from '../model/limits';
import { newId } from '../model/ids';
import { cleanTags } from '../model/tags';
import { newCard } from '../model/ops/cards';
import type { Card, JourneyMap, Lane, Step } from '../model/types';
import { describeForUser } from '../schema/problems';
import { describeIssues } from '../schema/validate';
import { createMapFromTemplate, emptyMap } from '../templates/createMap';
import { ojfFile, ojfToEmotion, type OjfFile, type OjfNode } from './ojfSchema';

export { emotionToOjf, ojfToEmotion } from './ojfSchema';

export { exportOjf } from './ojfExport';

export class OjfError extends Error {
  override name = 'OjfError';
  constructor(
    message: string,
    readonly i18n: Translatable,
  ) {
    super(message);
  }
}

const LANE_RULES: [RegExp, CardType | 'emotion'][] = [
  [/emotion|feeling|sentiment|mood|cảm xúc/i, 'emotion'],
  [/pain|blocker|problem|frustrat|điểm đau/i, 'pain-point'],
  [/backstage|hậu trường|hậu cảnh/i, 'backstage'],
  [/frontstage|onstage|tiền sảnh|tiền cảnh/i, 'frontstage'],
  [/support|hỗ trợ/i, 'support'],
  [/evidence|bằng chứng/i, 'evidence'],
  [/touchpoint|channel|digital|điểm chạm/i, 'touchpoint'],
  [/thought|think|suy nghĩ/i, 'thought'],
  [/opportunit|idea|cơ hội|ý tưởng/i, 'opportunity'],
  [/action|activit|journey|step|hành động/i, 'action'],
];

function laneKind(name: string): CardType | 'emotion' {
  return LANE_RULES.find(([re]) => re.test(name))?.[1] ?? 'note';
}

const BLUEPRINT_LANES: [string, CardType, string][] = [
  ['evidence', 'evidence', 'Physical / digital evidence'],
  ['onstage', 'frontstage', 'Frontstage actions'],
  ['backstage', 'backstage', 'Backstage actions'],
  ['support', 'support', 'Support processes'],
];

function entryText(e: Record<string, unknown>): string {
  const parts = Object.values(e).filter((v) => typeof v === 'string' || typeof v === 'number');
  return parts.map(String).join(': ').slice(0, LIMITS.cardTextChars);
}

const nodeName = (n: OjfNode, i: number) => n.title ?? n.id ?? String(i);

/** Parses the file and checks every reference and the card limit before anything is built. */
function parseOjf(raw: unknown): OjfFile {
  const parsed = ojfFile.safeParse(raw);
  if (!parsed.success)
    throw new OjfError(
      `Not an OpenJourney file: ${describeIssues(parsed.error.issues)}`,
      describeForUser(parsed.error.issues),
    );
  const f = parsed.data;
  const stageIds = new Set(f.stages.map((s) => s.id));
  const laneIds = new Set(f.swimlanes.map((s) => s.id));
  f.nodes.forEach((n, i) => {
    for (const [field, id, known] of [
      ['stageId', n.stageId, stageIds],
      ['swimlaneId', n.swimlaneId, laneIds],
    ] as const)
      if (!known.has(id))
        throw new OjfError(
          `nodes[${i}].${field}: node "${nodeName(n, i)}" points at ${field === 'stageId' ? 'stage' : 'swimlane'} "${id}", which the file does not define. Nothing was imported.`,
          { key: 'importProblem.unknownRef', params: { place: `nodes[${i}].${field}`, id } },
        );
  });
  const cards = f.nodes.reduce(
    (sum, n) => sum + 1 + Object.values(n.blueprint ?? {}).reduce((m, list) => m + list.length, 0),
    0,
  );
  if (cards > LIMITS.cards)
    throw new OjfError(
      `The file would make ${cards} cards; a map holds at most ${LIMITS.cards}. Nothing was imported.`,
      {
        key: 'importProblem.tooMany',
        params: { place: 'nodes', max: LIMITS.cards },
      },
    );
  return f;
}

function blankCard(fields: Parameters<typeof newCard>[0]): Card {
  return newCard({ ...fields, text: fields.text.slice(0, LIMITS.cardTextChars) });
}

function baseDocument(f: OjfFile, kind: MapKind, title: string): JourneyMap {
  const doc = emptyMap({ kind, language: 'en', title });
  return {
    ...doc,
    persona: { ...doc.persona, name: (f.metadata?.persona ?? f.persona ?? '').slice(0, TITLE_MAX) },
    scenario: (f.metadata?.pov ?? f.pointOfView ?? '').slice(0, LIMITS.longTextChars),
  };
}

/** A file Waymark wrote: every id, field and lane comes back as it was. */
function importOwnExport(f: OjfFile, ext: NonNullable<OjfFile['x-waymark']>): JourneyMap {
  const doc = baseDocument(f, ext.kind, ext.title);
  const cards: Card[] = [];
  const emotions: JourneyMap['emotions'] = [];
  for (const n of f.nodes) {
    const x = n['x-waymark'];
    // A step's point node: the step and its score came with the stage.
    if (x?.step) continue;
    if (x?.emotion) {
      emotions.push({ stageId: n.stageId, score: x.emotion.score, label: (n.title ?? '').slice(0, TITLE_MAX) });
      continue;
    }
    const text = x?.text ?? [n.title ?? '', n.description ?? ''].filter((s, i) => i === 0 || s !== '').join('\n');
    const card = x?.card ?? { type: 'note' as const, order: cards.length };
    cards.push(blankCard({ ...card, id: n.id ?? newId(), laneId: n.swimlaneId, stageId: n.stageId, text }));
  }
  const { title: _title, connectors, personas = [], ...rest } = ext;
  return {
    ...doc,
    ...rest,
    personas,
    // A detail map is a map of the library the file came from: links do not travel in .ojf.
    stages: f.stages.map((s) => ({
      id: s.id,
      name: s.name.slice(0, TITLE_MAX),
      width: s['x-waymark']?.width ?? null,
      detail: null,
      steps: s['x-waymark']?.steps ?? [],
    })),
    lanes: f.swimlanes.map((l) => ({
      id: l.id,
      name: l.name.slice(0, TITLE_MAX),
      ...(l['x-waymark'] ?? { type: 'cards' as const, cardType: 'note' as const, line: null, hidden: false }),
    })),
    cards,
    emotions,
    connectors,
  };
}

/** Every node's score in a stage averaged onto −3…+3; the per-step scores stay in the label. */
function emotionCurve(f: OjfFile, stageMap: Map<string, string>, labels: Map<string, string[]>) {
  const scores = new Map<string, number[]>();
  for (const n of f.nodes)
    if (n.score !== undefined) scores.set(n.stageId, [...(scores.get(n.stageId) ?? []), n.score]);
  return [...scores].map(([stage, list]) => {
    const average = list.reduce((a, b) => a + b, 0) / list.length;
    const names = labels.get(stage) ?? [];
    const steps = list.length > 1 ? `(${list.map((v) => (v > 0 ? `+${v}` : String(v))).join(', ')})` : '';
    return {
      stageId: stageMap.get(stage)!,
      score: ojfToEmotion(average),
      label: [names.join(' / '), steps].filter(Boolean).join(' ').slice(0, TITLE_MAX),
    };
  });
}

/** A file from another tool (Ptolemy's samples): swimlanes become typed lanes, scores the curve. */
function importForeign(f: OjfFile): JourneyMap {
  const hasBlueprint = f.nodes.some((n) => n.blueprint && Object.keys(n.blueprint).length > 0);
  const kind: MapKind = hasBlueprint ? 'service-blueprint' : 'current-state';
  const title =
    (f.metadata?.title ?? f.pointOfView ?? 'Imported journey').trim().slice(0, TITLE_MAX) || 'Imported journey';
  const doc = baseDocument(f, kind, title);
  const template = createMapFromTemplate({ kind, language: 'en', title });
  const stageMap = new Map(f.stages.map((s) => [s.id, newId()]));
  const stages = f.stages.map((s) => ({
    id: stageMap.get(s.id)!,
    name: s.name.trim().slice(0, TITLE_MAX) || '…',
    width: null,
    detail: null,
    steps: [],
  }));

  const lanes: Lane[] = [];
  const laneFor = new Map<string, { id: string; type: CardType } | 'emotion'>();
  for (const s of f.swimlanes) {
    const k = laneKind(s.name);
    const name = s.name.trim().slice(0, TITLE_MAX) || '…';
    const id = newId();
    if (k === 'emotion' && !lanes.some((l) => l.type === 'emotion')) {
      lanes.push({ id, name, type: 'emotion', cardType: null, line: null, hidden: false });
      laneFor.set(s.id, 'emotion');
      continue;
    }
    const type = k === 'emotion' ? 'note' : k;
    lanes.push({ id, name, type: 'cards', cardType: type, line: null, hidden: false });
    laneFor.set(s.id, { id, type });
  }
  const hasScores = f.nodes.some((n) => n.score !== undefined);
  if (hasScores && !lanes.some((l) => l.type === 'emotion'))
    lanes.splice(1, 0, { id: newId(), name: 'Emotions', type: 'emotion', cardType: null, line: null, hidden: false });

  const blueprintLane = new Map<string, string>();
  if (hasBlueprint) {
    for (const [key, type, name] of BLUEPRINT_LANES) {
      const id = newId();
      blueprintLane.set(key, id);
      lanes.push({ id, name, type: 'cards', cardType: type, line: null, hidden: false });
    }
    const lines = template.lanes.filter((l) => l.type === 'line').map((l) => ({ ...l, id: newId() }));
    const pick = (key: string) => lanes.find((l) => l.id === blueprintLane.get(key))!;
    const customer = lanes.filter((l) => ![...blueprintLane.values()].includes(l.id));
    // Evidence on top, then the customer's lanes, then the blueprint with its three lines.
    lanes.splice(
      0,
      lanes.length,
      pick('evidence'),
      ...customer,
      lines[0]!,
      pick('onstage'),
      lines[1]!,
      pick('backstage'),
      lines[2]!,
      pick('support'),
    );
  }

  const cards: Card[] = [];
  const order = new Map<string, number>();
  const labels = new Map<string, string[]>();
  const add = (
    laneId: string,
    stageId: string,
    type: CardType,
    text: string,
    evidence: Card['evidence'] = 'assumed',
    marks: Pick<Card, 'tags' | 'moment'> = { tags: [], moment: false },
  ) => {
    const key = `${laneId}:${stageId}`;
    const n = order.get(key) ?? 0;
    order.set(key, n + 1);
    cards.push(blankCard({ laneId, stageId, type, text, order: n, evidence, ...marks }));
  };
  const emotionNotes = { id: '', used: false };
  // Each scored node of a stage is one of its steps (Ptolemy scores every step): the cards made
  // for it, by index, go into that step.
  const scored = new Map<string, { title: string; score: number; cards: number[] }[]>();

  for (const n of f.nodes) {
    const stageId = stageMap.get(n.stageId)!;
    const lane = laneFor.get(n.swimlaneId)!;
    const first = cards.length;
    if (n.score !== undefined) {
      const list = scored.get(n.stageId) ?? [];
      list.push({ title: (n.title ?? '').trim(), score: n.score, cards: [] });
      scored.set(n.stageId, list);
    }
    const made = () => {
      const step = n.score !== undefined ? scored.get(n.stageId)!.at(-1)! : null;
      if (step) for (let i = first; i < cards.length; i++) step.cards.push(i);
    };
    // Severity and sentiment have no field of their own in Waymark: they stay readable in the text.
    const extras = [
      n.severity ? `Severity: ${n.severity}` : '',
      n.sentiment && lane !== 'emotion' ? `Sentiment: ${n.sentiment}` : '',
    ].filter(Boolean);
    if (lane === 'emotion') {
      // An emotional-state node names the feeling: it labels the curve; only longer text needs a card.
      if (n.title) labels.set(n.stageId, [...(labels.get(n.stageId) ?? []), n.title]);
      if (!n.description?.trim()) continue;
      if (!emotionNotes.id) emotionNotes.id = newId();
      emotionNotes.used = true;
      add(emotionNotes.id, stageId, 'emotion', [n.title ?? '', n.description].filter(Boolean).join('\n'));
      made();
      continue;
    }
    const body = [n.title ?? '', n.description ?? '', extras.join(' · ')].filter((s) => s.trim()).join('\n');
    const type: CardType = n.purpose === 'touchpoint' && lane.type === 'note' ? 'touchpoint' : lane.type;
    add(lane.id, stageId, type, body || '(empty node)', n.purpose === 'observation' ? 'observed' : 'assumed', {
      tags: cleanTags(n.tags ?? []),
      moment: n.isMomentOfTruth === true,
    });
    for (const [key, entries] of Object.entries(n.blueprint ?? {})) {
      const laneId = blueprintLane.get(key);
      const bpType = BLUEPRINT_LANES.find(([k]) => k === key)?.[1];
      for (const e of entries) {
        if (laneId && bpType) add(laneId, stageId, bpType, entryText(e));
        // A blueprint section we do not know becomes a note beside its node, not lost.
        else add(lane.id, stageId, 'note', `${key}: ${entryText(e)}`);
      }
    }
    made();
  }
  if (emotionNotes.used) {
    const at = lanes.findIndex((l) => l.type === 'emotion') + 1;
    lanes.splice(at, 0, {
      id: emotionNotes.id,
      name: 'Feelings (notes)',
      type: 'cards',
      cardType: 'emotion',
      line: null,
      hidden: false,
    });
  }
  const stepped = ojfSteps(scored, stageMap, cards);
  return {
    ...doc,
    stages: stages.map((s) => ({ ...s, steps: stepped.steps.get(s.id) ?? [] })),
    lanes,
    cards: stepped.cards,
    emotions: emotionCurve(f, stageMap, labels).filter((e) => !stepped.steps.has(e.stageId)),
  };
}

/**
 * A stage's scored nodes become its steps, in the file's order, each named after its node and
 * scored with it (no averaging); the node's cards go into its step.
 */
function ojfSteps(
  scored: ReadonlyMap<string, { title: string; score: number; cards: number[] }[]>,
  stageMap: ReadonlyMap<string, string>,
  cards: Card[],
): { steps: Map<string, Step[]>; cards: Card[] } {
  const steps = new Map<string, Step[]>();
  const stepOf = new Map<number, string>();
  for (const [ojfStage, list] of scored) {
    const made = list.slice(0, LIMITS.stepsPerStage).map((n, i) => {
      const id = newId();
      for (const c of n.cards) stepOf.set(c, id);
      return {
        id,
        name: (n.title || `${i + 1}`).slice(0, TITLE_MAX),
        emotion: { score: ojfToEmotion(n.score), label: '' },
      };
    });
    steps.set(stageMap.get(ojfStage)!, made);
  }
  return { steps, cards: cards.map((c, i) => (stepOf.has(i) ? { ...c, stepId: stepOf.get(i)!, stageSpan: 1 } : c)) };
}

/**
 * Imports OJF as a new Waymark map. A file Waymark exported comes back as the same map; a file
 * from another tool gets typed lanes, its scores as the emotion curve, and what has no place in
 * tags and moments of truth on the cards, and what has no place in our model (severity,
 * sentiment) kept in the card text.
 */
export function importOjf(raw: unknown): JourneyMap {
  const f = parseOjf(raw);
  const ext = f['x-waymark'];
  return ext ? importOwnExport(f, ext) : importForeign(f);
}
