import { blueprintCheck } from './blueprintCheck';
import { CHANNELS, type Channel } from './constants';
import { isBacked } from './coverage';
import type { JourneyMap } from './types';

/** The six steps of the seed articles, in order. */
export const GUIDE_STEPS = ['collect', 'persona', 'channels', 'questions', 'review', 'visualise'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

/** What the persona step looks at, from the library persona or the map's own. */
export interface PersonaFacts {
  name: string;
  goals: string;
  frustrations: string;
}

export interface ChannelMatrix {
  /** Channels used on the map, in the vocabulary's order; 'none' for touchpoints without one. */
  channels: (Channel | 'none')[];
  /** counts[channel][stageId] */
  counts: Record<string, Record<string, number>>;
  /** Per stage: channels other stages use that this one lacks. */
  lacking: Record<string, Channel[]>;
}

/** Touchpoint cards counted per channel and stage (a spanning card counts in every stage it covers). */
export function channelMatrix(doc: JourneyMap): ChannelMatrix {
  const index = new Map(doc.stages.map((s, i) => [s.id, i]));
  const counts: Record<string, Record<string, number>> = {};
  for (const c of doc.cards) {
    if (c.type !== 'touchpoint') continue;
    const key = c.channel ?? 'none';
    const start = index.get(c.stageId) ?? 0;
    for (const s of doc.stages.slice(start, start + c.stageSpan)) {
      counts[key] ??= {};
      counts[key][s.id] = (counts[key][s.id] ?? 0) + 1;
    }
  }
  const used = CHANNELS.filter((ch) => counts[ch]);
  const channels: (Channel | 'none')[] = [...used, ...(counts.none ? (['none'] as const) : [])];
  const lacking = Object.fromEntries(doc.stages.map((s) => [s.id, used.filter((ch) => !counts[ch]?.[s.id])]));
  return { channels, counts, lacking };
}

export type HealthItem =
  | { kind: 'empty-cell'; laneId: string; stageId: string }
  | { kind: 'assumed'; cardId: string }
  | { kind: 'observed-unbacked'; cardId: string }
  | { kind: 'no-emotion'; stageId: string }
  | { kind: 'pain-without-opportunity'; cardId: string }
  | { kind: 'blueprint'; cardId: string; problem: 'unsupported-action' | 'no-owner' };

/** The review step: what still needs work on the map, each item pointing at a card or cell. */
export function mapHealth(doc: JourneyMap, known?: (insightId: string) => boolean): HealthItem[] {
  const items: HealthItem[] = [];
  const cells: HealthItem[] = [];
  const index = new Map(doc.stages.map((s, i) => [s.id, i]));
  const covers = (stageId: string, span: number) => {
    const start = index.get(stageId) ?? 0;
    return doc.stages.slice(start, start + span).map((s) => s.id);
  };
  const filled = new Set(doc.cards.flatMap((c) => covers(c.stageId, c.stageSpan).map((s) => `${c.laneId}:${s}`)));
  for (const lane of doc.lanes)
    if (lane.type === 'cards' && !lane.hidden)
      for (const s of doc.stages)
        if (!filled.has(`${lane.id}:${s.id}`)) cells.push({ kind: 'empty-cell', laneId: lane.id, stageId: s.id });
  // "Observed" is the person's word; with no research behind it nobody can check it. Listed
  // after the assumptions, which matter more.
  const unbacked: HealthItem[] = [];
  for (const c of doc.cards)
    if (c.evidence === 'assumed' || c.evidence === null) items.push({ kind: 'assumed', cardId: c.id });
    else if (c.evidence === 'observed' && !isBacked(c, known))
      unbacked.push({ kind: 'observed-unbacked', cardId: c.id });
  if (doc.lanes.some((l) => l.type === 'emotion'))
    for (const s of doc.stages)
      // A stage scored step by step has its feeling at its steps.
      if (!doc.emotions.some((e) => e.stageId === s.id) && !s.steps.some((t) => t.emotion))
        items.push({ kind: 'no-emotion', stageId: s.id });
  const opportunityStages = new Set(
    doc.cards.filter((c) => c.type === 'opportunity').flatMap((c) => covers(c.stageId, c.stageSpan)),
  );
  // A pain point in the backlog (an opportunity addresses it) has its opportunity too.
  const addressed = new Set(doc.opportunities.flatMap((o) => o.cardIds));
  for (const c of doc.cards)
    if (
      c.type === 'pain-point' &&
      !addressed.has(c.id) &&
      !covers(c.stageId, c.stageSpan).some((s) => opportunityStages.has(s))
    )
      items.push({ kind: 'pain-without-opportunity', cardId: c.id });
  if (doc.kind === 'service-blueprint')
    for (const f of blueprintCheck(doc)) items.push({ kind: 'blueprint', cardId: f.cardId, problem: f.problem });
  // Empty cells last: on a young map they are many, and the other findings matter more.
  return [...items, ...unbacked, ...cells];
}

const filledText = (t: string) => t.trim().length > 0;

/**
 * Whether each step is done, computed from the map itself (never a box the person ticks), so a
 * step turns back when the map stops satisfying it.
 */
export function guideStatus(
  doc: JourneyMap,
  persona: PersonaFacts | null,
  // The panel shows both, so it computes them once and passes them in.
  { matrix = channelMatrix(doc), health = mapHealth(doc) }: { matrix?: ChannelMatrix; health?: HealthItem[] } = {},
): Record<GuideStep, boolean> {
  const touched = new Set(
    doc.stages.filter((s) => Object.values(matrix.counts).some((perStage) => perStage[s.id])).map((s) => s.id),
  );
  const stageQuestions = (id: string) => doc.questions.filter((q) => q.stageId === id);
  return {
    collect:
      (doc.sources.length > 0 && doc.cards.some((c) => c.sourceIds.length > 0)) ||
      doc.cards.some((c) => c.insights.length > 0),
    persona:
      persona !== null && filledText(persona.name) && filledText(persona.goals) && filledText(persona.frustrations),
    channels: doc.stages.every((s) => touched.has(s.id)),
    questions: doc.stages.every(
      (s) => stageQuestions(s.id).length > 0 && stageQuestions(s.id).every((q) => filledText(q.answer)),
    ),
    review: health.length === 0,
    // Visualising is always available; it counts as done once the map has something to show.
    visualise: doc.cards.length > 0,
  };
}
