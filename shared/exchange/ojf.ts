import { z } from 'zod';
import { EMOTION_MAX, TITLE_MAX, type CardType, type MapKind } from '../model/constants';
import { newId } from '../model/ids';
import type { Card, JourneyMap, Lane } from '../model/types';
import { FORMAT_VERSION } from '../schema/version';
import { describeIssues } from '../schema/validate';
import { createMapFromTemplate } from '../templates/createMap';

// OpenJourney Format (the Ptolemy journey mapper's open format). Real files differ from the
// published spec (title/persona in a `metadata` object, `blueprint` sub-objects, scores −5…+5),
// so import accepts those variants; export writes the spec's shape.

const text = z.string().max(20000);
const item = z.object({ id: z.string().max(200), name: text }).passthrough();
const blueprintEntry = z.record(z.string(), z.unknown());
const node = z
  .object({
    id: z.string().max(200).optional(),
    stageId: z.string().max(200),
    swimlaneId: z.string().max(200),
    title: text.optional(),
    description: text.optional(),
    score: z.number().finite().optional(),
    sentiment: z.string().max(100).optional(),
    purpose: z.string().max(100).optional(),
    severity: z.string().max(100).optional(),
    tags: z.array(z.string().max(200)).max(100).optional(),
    isMomentOfTruth: z.boolean().optional(),
    blueprint: z.record(z.string(), z.array(blueprintEntry).max(500)).optional(),
  })
  .passthrough();
const ojfSchema = z
  .object({
    version: z.string().max(50).optional(),
    persona: z.string().max(2000).optional(),
    pointOfView: z.string().max(5000).optional(),
    metadata: z
      .object({
        title: z.string().max(TITLE_MAX).optional(),
        persona: z.string().max(2000).optional(),
        pov: z.string().max(5000).optional(),
        version: z.string().max(50).optional(),
      })
      .passthrough()
      .optional(),
    stages: z.array(item).min(1).max(100),
    swimlanes: z.array(item).min(1).max(50),
    nodes: z.array(node).max(20000),
  })
  .passthrough();

export class OjfError extends Error {
  override name = 'OjfError';
}

const LANE_RULES: [RegExp, CardType | 'emotion'][] = [
  [/emotion|feeling|sentiment|mood|cảm xúc/i, 'emotion'],
  [/pain|blocker|problem|frustrat|điểm đau/i, 'pain-point'],
  [/backstage|hậu trường/i, 'backstage'],
  [/frontstage|onstage|tiền sảnh/i, 'frontstage'],
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

/** OJF scores run −5…+5; Waymark's emotion scale is −3…+3. */
export const ojfToEmotion = (score: number) => Math.max(-3, Math.min(3, Math.round((score * EMOTION_MAX) / 5)));
export const emotionToOjf = (score: number) => Math.round((score * 5) / EMOTION_MAX);

const BLUEPRINT_LANES: [string, CardType, string][] = [
  ['evidence', 'evidence', 'Physical / digital evidence'],
  ['onstage', 'frontstage', 'Frontstage actions'],
  ['backstage', 'backstage', 'Backstage actions'],
  ['support', 'support', 'Support processes'],
];

function entryText(e: Record<string, unknown>): string {
  const parts = Object.values(e).filter((v) => typeof v === 'string' || typeof v === 'number');
  return parts.map(String).join(': ').slice(0, 20000);
}

/**
 * Imports OJF as a new Waymark map. Every node becomes a card or an emotion point; what has no
 * place in our model (tags, severity, sentiment, moment of truth) is kept in the card text.
 */
export function importOjf(raw: unknown): JourneyMap {
  const parsed = ojfSchema.safeParse(raw);
  if (!parsed.success) throw new OjfError(`Not an OpenJourney file: ${describeIssues(parsed.error.issues)}`);
  const f = parsed.data;
  const stageIds = new Set(f.stages.map((s) => s.id));
  const laneIds = new Set(f.swimlanes.map((s) => s.id));
  f.nodes.forEach((n, i) => {
    if (!stageIds.has(n.stageId))
      throw new OjfError(
        `nodes[${i}].stageId: node "${n.title ?? n.id ?? i}" points at stage "${n.stageId}", which the file does not define. Nothing was imported.`,
      );
    if (!laneIds.has(n.swimlaneId))
      throw new OjfError(
        `nodes[${i}].swimlaneId: node "${n.title ?? n.id ?? i}" points at swimlane "${n.swimlaneId}", which the file does not define. Nothing was imported.`,
      );
  });

  const hasBlueprint = f.nodes.some((n) => n.blueprint && Object.keys(n.blueprint).length > 0);
  const kind: MapKind = hasBlueprint ? 'service-blueprint' : 'current-state';
  const title =
    (f.metadata?.title ?? f.pointOfView ?? 'Imported journey').trim().slice(0, TITLE_MAX) || 'Imported journey';
  const base = createMapFromTemplate({ kind, language: 'en', title });
  const stageMap = new Map(f.stages.map((s) => [s.id, newId()]));
  const stages = f.stages.map((s) => ({
    id: stageMap.get(s.id)!,
    name: s.name.trim().slice(0, TITLE_MAX) || '…',
    width: null,
  }));

  // Lanes: one per swimlane (an emotional one becomes the curve plus a notes lane for its text).
  const lanes: Lane[] = [];
  const laneFor = new Map<string, { cards: string; type: CardType; emotion: boolean }>();
  let emotionLane: string | null = null;
  for (const s of f.swimlanes) {
    const k = laneKind(s.name);
    const name = s.name.trim().slice(0, TITLE_MAX) || '…';
    if (k === 'emotion' && emotionLane === null) {
      emotionLane = newId();
      lanes.push({ id: emotionLane, name, type: 'emotion', cardType: null, line: null, hidden: false });
      const notes = newId();
      lanes.push({
        id: notes,
        name: `${name} (notes)`.slice(0, TITLE_MAX),
        type: 'cards',
        cardType: 'emotion',
        line: null,
        hidden: false,
      });
      laneFor.set(s.id, { cards: notes, type: 'emotion', emotion: true });
      continue;
    }
    const id = newId();
    const type = k === 'emotion' ? 'emotion' : k;
    lanes.push({ id, name, type: 'cards', cardType: type, line: null, hidden: false });
    laneFor.set(s.id, { cards: id, type, emotion: false });
  }
  // Blueprint sub-objects get the blueprint's own lanes, with the three lines between them.
  const blueprintLane = new Map<string, string>();
  if (hasBlueprint) {
    for (const line of base.lanes.filter((l) => l.type === 'line')) lanes.push({ ...line, id: newId() });
    for (const [key, type, name] of BLUEPRINT_LANES) {
      const id = newId();
      blueprintLane.set(key, id);
      lanes.push({ id, name, type: 'cards', cardType: type, line: null, hidden: false });
    }
    // Order: customer lanes, line of interaction, frontstage, line of visibility, backstage, line
    // of internal interaction, support; evidence on top.
    const pick = (id: string | undefined) => lanes.find((l) => l.id === id)!;
    const lines = lanes.filter((l) => l.type === 'line');
    const customer = lanes.filter((l) => l.type !== 'line' && ![...blueprintLane.values()].includes(l.id));
    lanes.splice(
      0,
      lanes.length,
      pick(blueprintLane.get('evidence')),
      ...customer,
      lines[0]!,
      pick(blueprintLane.get('onstage')),
      lines[1]!,
      pick(blueprintLane.get('backstage')),
      lines[2]!,
      pick(blueprintLane.get('support')),
    );
  }

  const cards: Card[] = [];
  const emotions = new Map<string, { score: number; label: string }>();
  const order = new Map<string, number>();
  const add = (
    laneId: string,
    stageId: string,
    type: CardType,
    body: string,
    evidence: Card['evidence'] = 'assumed',
  ) => {
    const key = `${laneId}:${stageId}`;
    const n = order.get(key) ?? 0;
    order.set(key, n + 1);
    cards.push({
      id: newId(),
      type,
      text: body.slice(0, 20000),
      laneId,
      stageId,
      stageSpan: 1,
      order: n,
      owner: '',
      evidence,
      channel: null,
      color: null,
      provider: null,
      sourceCardId: null,
      sourceIds: [],
    });
  };

  for (const n of f.nodes) {
    const stageId = stageMap.get(n.stageId)!;
    const lane = laneFor.get(n.swimlaneId)!;
    const extras = [
      n.isMomentOfTruth ? '★ Moment of truth' : '',
      n.severity ? `Severity: ${n.severity}` : '',
      n.sentiment && !lane.emotion ? `Sentiment: ${n.sentiment}` : '',
      n.tags?.length ? n.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ') : '',
    ].filter(Boolean);
    const body = [n.title ?? '', n.description ?? '', extras.join(' · ')].filter((s) => s.trim()).join('\n');
    if (lane.emotion && n.score !== undefined && !emotions.has(stageId))
      emotions.set(stageId, { score: ojfToEmotion(n.score), label: (n.title ?? '').slice(0, TITLE_MAX) });
    const type: CardType = lane.emotion
      ? 'emotion'
      : n.purpose === 'touchpoint' && lane.type === 'note'
        ? 'touchpoint'
        : lane.type;
    add(lane.cards, stageId, type, body || '(empty node)', n.purpose === 'observation' ? 'observed' : 'assumed');
    for (const [key, entries] of Object.entries(n.blueprint ?? {})) {
      const laneId = blueprintLane.get(key);
      const bpType = BLUEPRINT_LANES.find(([k]) => k === key)?.[1];
      for (const e of entries) {
        if (laneId && bpType) add(laneId, stageId, bpType, entryText(e));
        // A blueprint section we do not know becomes a note beside its node, not lost.
        else add(lane.cards, stageId, 'note', `${key}: ${entryText(e)}`);
      }
    }
  }

  const stamp = new Date().toISOString();
  return {
    formatVersion: FORMAT_VERSION,
    id: newId(),
    title,
    kind,
    language: 'en',
    personaId: null,
    derivedFrom: null,
    sources: [],
    questions: [],
    metrics: { satisfaction: 'csat', records: [] },
    persona: {
      name: (f.metadata?.persona ?? f.persona ?? '').slice(0, TITLE_MAX),
      description: '',
      goals: [],
      imageRef: null,
    },
    scenario: (f.metadata?.pov ?? f.pointOfView ?? '').slice(0, 5000),
    stages,
    lanes,
    cards,
    emotions: [...emotions].map(([stageId, e]) => ({ stageId, ...e })),
    connectors: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Writes a map as spec-shaped OJF: stages, swimlanes and nodes (cards and emotion points). */
export function exportOjf(doc: JourneyMap): Record<string, unknown> {
  const emotionLane = doc.lanes.find((l) => l.type === 'emotion');
  const swimlanes = doc.lanes.filter((l) => l.type !== 'line').map((l) => ({ id: l.id, name: l.name }));
  const nodes: Record<string, unknown>[] = doc.cards.map((c) => {
    const [first = '', ...rest] = c.text.split('\n');
    const e = doc.emotions.find((p) => p.stageId === c.stageId);
    return {
      id: c.id,
      stageId: c.stageId,
      swimlaneId: c.laneId,
      title: first,
      description: rest.join('\n'),
      score: e ? emotionToOjf(e.score) : 0,
      purpose: c.type === 'touchpoint' ? 'touchpoint' : c.evidence === 'observed' ? 'observation' : 'action',
      tags: [c.type, ...(c.channel ? [c.channel] : [])],
    };
  });
  if (emotionLane)
    for (const e of doc.emotions)
      nodes.push({
        id: `emotion-${e.stageId}`,
        stageId: e.stageId,
        swimlaneId: emotionLane.id,
        title: e.label || 'Emotion',
        description: '',
        score: emotionToOjf(e.score),
        sentiment: e.score > 0 ? 'positive' : e.score < 0 ? 'negative' : 'neutral',
      });
  return {
    version: '1.0',
    persona: doc.persona.name,
    pointOfView: doc.scenario || doc.title,
    stages: doc.stages.map((s) => ({ id: s.id, name: s.name })),
    swimlanes,
    nodes,
  };
}
