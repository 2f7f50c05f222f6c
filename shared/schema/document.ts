import { z } from 'zod';
import {
  BLUEPRINT_LINES,
  CARD_COLORS,
  CARD_TEXT_MAX,
  CARD_TYPES,
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  EVIDENCE_STATUSES,
  LANE_TYPES,
  LANGUAGES,
  MAIN_PERSONA,
  MAP_KINDS,
  OPPORTUNITY_STATUSES,
  PERSONA_COLOURS,
  PROVIDERS,
  SATISFACTION_SCALES,
  SCORE_MAX,
  SCORE_MIN,
  SOURCE_KINDS,
  TITLE_MAX,
} from '../model/constants';
import { LIMITS } from '../model/limits';
import { pictureRefSchema } from '../model/pictures';
import { cleanString, visibleTitle } from '../model/cleanText';
import { FORMAT_VERSION } from './version';
import { customIssue, type ProblemKey } from './problems';

const id = z.string().min(1).max(100);
const isoDate = z.iso.datetime({ offset: true });
const shortText = cleanString(TITLE_MAX);
const longText = cleanString(LIMITS.longTextChars);

export const personaSchema = z.strictObject({
  name: shortText,
  description: longText,
  goals: z.array(cleanString(1000)).max(LIMITS.personaGoals),
  imageRef: z.string().max(500).nullable(),
});

/** A step inside a stage (a sub-column): cards may belong to it rather than to the whole stage. */
export const stepSchema = z.strictObject({
  id,
  name: shortText,
  /** The main persona's feeling at this step: a point of the curve over the step's column. */
  emotion: z.strictObject({ score: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX), label: shortText }).nullable(),
});

export const stageSchema = z.strictObject({
  id,
  name: shortText,
  /** The stage's steps, left to right; none: the stage is one column, as before format 10. */
  steps: z.array(stepSchema).max(LIMITS.stepsPerStage),
  /** Column width in canvas units; null means the layout default. */
  width: z.number().int().min(120).max(2000).nullable(),
  /** A map in the library that tells this stage in detail ("detail journey"); null: none. */
  detail: id.nullable(),
});

export const laneSchema = z.strictObject({
  id,
  name: shortText,
  type: z.enum(LANE_TYPES),
  /** The card type a new card in this lane starts as. */
  cardType: z.enum(CARD_TYPES).nullable(),
  /** Which blueprint line a `line` lane draws. */
  line: z.enum(BLUEPRINT_LINES).nullable(),
  hidden: z.boolean(),
});

export const cardSchema = z.strictObject({
  id,
  type: z.enum(CARD_TYPES),
  text: cleanString(CARD_TEXT_MAX),
  laneId: id,
  stageId: id,
  /** The step of its stage the card belongs to; null: the whole stage. */
  stepId: id.nullable(),
  /** How many stages the card covers, starting at stageId. */
  stageSpan: z.number().int().min(1).max(100),
  /** Position within its cell, ascending from the top. */
  order: z.number().finite(),
  owner: z.string().max(TITLE_MAX),
  /** null: not yet marked (a new card); the chip appears once someone sets it. */
  evidence: z.enum(EVIDENCE_STATUSES).nullable(),
  channel: z.enum(CHANNELS).nullable(),
  /** A colour chosen over the card type's own; null keeps the type colour. */
  color: z.enum(CARD_COLORS).nullable(),
  /** Day-in-the-life: our touchpoint or another provider's; null when not said. */
  provider: z.enum(PROVIDERS).nullable(),
  /** Lineage: the card of the source map this one was derived from (future state). */
  sourceCardId: id.nullable(),
  /** Research sources (map.sources) this card's evidence cites. */
  sourceIds: z.array(id).max(LIMITS.cardSources),
  /** Free labels ("Mobile", "Checkout"), as journey tools such as Ptolemy keep them. */
  tags: z.array(cleanString(LIMITS.tagChars).trim().min(1)).max(LIMITS.cardTags),
  /** A moment of truth: the step where the customer decides to stay or leave. */
  moment: z.boolean(),
  /** A picture shown on the card (stored once in the library, by content hash). */
  picture: pictureRefSchema.nullable(),
  /** A map in the library that tells this card's step in detail ("detail journey"); null: none. */
  detail: id.nullable(),
  /** The personas this card concerns (MAIN_PERSONA or an extra persona's id); empty: all of them. */
  personas: z.array(id).max(LIMITS.extraPersonas + 1),
  /** Insights of the library that back this card (research behind it), in the order cited. */
  insights: z.array(id).max(LIMITS.cardInsights),
  /** The opportunity of the map's backlog this card makes real (a future state's lineage); null: none. */
  realises: id.nullable(),
});

const day = z.iso.date();

export const sourceSchema = z.strictObject({
  id,
  title: visibleTitle(TITLE_MAX, 'A source needs a title.'),
  kind: z.enum(SOURCE_KINDS),
  /** When the research was done; '' when not known. */
  date: z.union([day, z.literal('')]),
  /** A link or a note. */
  note: cleanString(2000),
});

export const questionSchema = z.strictObject({
  id,
  stageId: id,
  text: visibleTitle(500, 'A question needs words.'),
  answer: longText,
});

const count = z.number().int().min(0).max(1e12);
const percent = z.number().min(0).max(100);

/** One measurement of a stage on a date; a later record for the stage shows the change. */
export const metricRecordSchema = z.strictObject({
  id,
  stageId: id,
  date: day,
  /** Customers entering the stage. */
  entering: count.nullable(),
  /** % going on to the next stage, when entered directly (counts derive it otherwise). */
  conversion: percent.nullable(),
  /** CSAT 1–5 or NPS −100…100, by the map's scale. */
  satisfaction: z.number().min(-100).max(100).nullable(),
});

export const emotionPointSchema = z.strictObject({
  stageId: id,
  score: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX),
  label: shortText,
});

/** A persona beside the main one, with its own emotion curve (a segment the map compares). */
export const mapPersonaSchema = z.strictObject({
  id,
  /** A shared persona from the library; when set it is shown instead of `persona`. */
  personaId: id.nullable(),
  /** The persona's own fields, kept for when it is not (or no longer) a library persona. */
  persona: personaSchema,
  colour: z.enum(PERSONA_COLOURS),
  /** This persona's emotion curve: at most one point per stage. */
  emotions: z.array(emotionPointSchema).max(LIMITS.emotions),
});

/** One dot a person placed on a card in a dot vote (a workshop room's, or the facilitator's). */
export const voteSchema = z.strictObject({
  id,
  /** The card dotted, or in a vote on opportunities, the opportunity (an id of `opportunities`). */
  cardId: id,
  /** Who placed it: a room person's id (stable while they keep their browser), or 'host'. */
  voter: z.string().min(1).max(100),
});

/** A remark on a card, from a workshop participant or the map's author. */
export const commentSchema = z.strictObject({
  id,
  cardId: id,
  author: cleanString(LIMITS.nameChars),
  text: visibleTitle(LIMITS.commentChars, 'A comment needs words.'),
  createdAt: isoDate,
});

const score = z.number().int().min(SCORE_MIN).max(SCORE_MAX).nullable();

/** Something the team could do about the map's pain points: an item of the backlog, scored. */
export const opportunitySchema = z.strictObject({
  id,
  title: visibleTitle(TITLE_MAX, 'An opportunity needs a title.'),
  description: longText,
  /** Cards of this map it addresses (pain points, mostly). */
  cardIds: z.array(id).max(LIMITS.opportunityCards),
  owner: shortText,
  status: z.enum(OPPORTUNITY_STATUSES),
  customerValue: score,
  businessValue: score,
  effort: score,
  createdAt: isoDate,
});

export const connectorSchema = z.strictObject({
  id,
  from: id,
  to: id,
});

export const journeyMapShape = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION),
  id,
  title: visibleTitle(TITLE_MAX, 'A map needs a title with visible characters.'),
  kind: z.enum(MAP_KINDS),
  language: z.enum(LANGUAGES),
  /** The map's own persona, kept for maps (and files) that do not use a library persona. */
  persona: personaSchema,
  /** A shared persona from the library; when set it is shown instead of `persona`. */
  personaId: id.nullable(),
  /** Personas beside the main one (`persona`/`personaId`, whose curve is `emotions`). */
  personas: z.array(mapPersonaSchema).max(LIMITS.extraPersonas),
  /** The current-state map a future-state map was derived from. */
  derivedFrom: z.strictObject({ mapId: id, title: shortText }).nullable(),
  scenario: longText,
  stages: z.array(stageSchema).min(1).max(LIMITS.stages),
  lanes: z.array(laneSchema).min(1).max(LIMITS.lanes),
  cards: z.array(cardSchema).max(LIMITS.cards),
  emotions: z.array(emotionPointSchema).max(LIMITS.emotions),
  connectors: z.array(connectorSchema).max(LIMITS.connectors),
  sources: z.array(sourceSchema).max(LIMITS.sources),
  questions: z.array(questionSchema).max(LIMITS.questions),
  votes: z.array(voteSchema).max(LIMITS.votes),
  comments: z.array(commentSchema).max(LIMITS.comments),
  /** The map's backlog: what the team could do, scored for prioritisation. */
  opportunities: z.array(opportunitySchema).max(LIMITS.opportunities),
  metrics: z.strictObject({
    satisfaction: z.enum(SATISFACTION_SCALES),
    records: z.array(metricRecordSchema).max(LIMITS.metricRecords),
  }),
  createdAt: isoDate,
  updatedAt: isoDate,
});

type Shape = z.infer<typeof journeyMapShape>;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

// Cross-references cannot be expressed per field: a card must sit in a real cell, a connector
// must join real cards. A document that breaks them would render wrongly or crash the layout,
// so it is refused like any other invalid document.
function checkReferences(doc: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string, key?: ProblemKey, params?: Record<string, string>) =>
    ctx.addIssue(customIssue(path, message, key, params));

  for (const [name, list] of [
    ['stage', doc.stages.map((s) => s.id)],
    ['lane', doc.lanes.map((l) => l.id)],
    ['card', doc.cards.map((c) => c.id)],
    ['connector', doc.connectors.map((c) => c.id)],
    ['source', doc.sources.map((c) => c.id)],
    ['question', doc.questions.map((c) => c.id)],
    ['record', doc.metrics.records.map((c) => c.id)],
    ['vote', doc.votes.map((c) => c.id)],
    ['comment', doc.comments.map((c) => c.id)],
    ['step', doc.stages.flatMap((s) => s.steps.map((t) => t.id))],
  ] as const) {
    for (const d of duplicates(list)) issue([`${name}s`], `duplicate ${name} id "${d}"`, 'duplicate', { id: d });
  }

  const stageIndex = new Map(doc.stages.map((s, i) => [s.id, i]));
  const sourceIds = new Set(doc.sources.map((s) => s.id));
  doc.questions.forEach((q, i) => {
    if (!stageIndex.has(q.stageId))
      issue(['questions', i, 'stageId'], `question for unknown stage "${q.stageId}"`, 'unknownRef', { id: q.stageId });
  });
  doc.metrics.records.forEach((r, i) => {
    if (!stageIndex.has(r.stageId))
      issue(['metrics', 'records', i, 'stageId'], `metric for unknown stage "${r.stageId}"`, 'unknownRef', {
        id: r.stageId,
      });
    if (r.satisfaction !== null && doc.metrics.satisfaction === 'csat' && (r.satisfaction < 1 || r.satisfaction > 5))
      issue(['metrics', 'records', i, 'satisfaction'], 'a CSAT score is between 1 and 5');
  });
  const lanes = new Map(doc.lanes.map((l) => [l.id, l]));
  doc.lanes.forEach((lane, i) => {
    if (lane.type === 'line' && lane.line === null)
      issue(['lanes', i, 'line'], 'a line lane must say which blueprint line it draws');
    if (lane.type !== 'line' && lane.line !== null)
      issue(['lanes', i, 'line'], 'only a line lane can draw a blueprint line');
  });
  if (doc.lanes.filter((l) => l.type === 'emotion').length > 1) issue(['lanes'], 'a map has at most one emotion lane');
  if (doc.lanes.filter((l) => l.type === 'metrics').length > 1) issue(['lanes'], 'a map has at most one metrics lane');

  doc.cards.forEach((card, i) => {
    const lane = lanes.get(card.laneId);
    const start = stageIndex.get(card.stageId);
    if (!lane)
      issue(['cards', i, 'laneId'], `card "${card.id}" is in unknown lane "${card.laneId}"`, 'unknownRef', {
        id: card.laneId,
      });
    else if (lane.type !== 'cards')
      issue(['cards', i, 'laneId'], `card "${card.id}" is in a ${lane.type} lane, which holds no cards`);
    if (start === undefined)
      issue(['cards', i, 'stageId'], `card "${card.id}" is in unknown stage "${card.stageId}"`, 'unknownRef', {
        id: card.stageId,
      });
    else if (start + card.stageSpan > doc.stages.length)
      issue(['cards', i, 'stageSpan'], `card "${card.id}" spans past the last stage`);
    if (card.stepId !== null) {
      const stage = doc.stages[start ?? -1];
      if (stage && !stage.steps.some((s) => s.id === card.stepId))
        issue(['cards', i, 'stepId'], `card "${card.id}" is in unknown step "${card.stepId}"`, 'unknownRef', {
          id: card.stepId,
        });
      if (card.stageSpan > 1) issue(['cards', i, 'stageSpan'], `card "${card.id}" in a step cannot span stages`);
    }
    if (card.channel !== null && card.type !== 'touchpoint')
      issue(['cards', i, 'channel'], 'only a touchpoint card has a channel');
    for (const s of card.sourceIds)
      if (!sourceIds.has(s))
        issue(['cards', i, 'sourceIds'], `card "${card.id}" cites unknown source "${s}"`, 'unknownRef', { id: s });
  });

  checkPersonas(doc, issue);

  const emotionStages = doc.emotions.map((e) => e.stageId);
  for (const d of duplicates(emotionStages)) issue(['emotions'], `two emotion points for stage "${d}"`);
  doc.emotions.forEach((e, i) => {
    if (!stageIndex.has(e.stageId))
      issue(['emotions', i, 'stageId'], `emotion point for unknown stage "${e.stageId}"`, 'unknownRef', {
        id: e.stageId,
      });
  });

  const cardIds = new Set(doc.cards.map((c) => c.id));
  checkBacklog(doc, cardIds, issue);
  doc.connectors.forEach((c, i) => {
    if (!cardIds.has(c.from))
      issue(['connectors', i, 'from'], `connector from unknown card "${c.from}"`, 'unknownRef', { id: c.from });
    if (!cardIds.has(c.to))
      issue(['connectors', i, 'to'], `connector to unknown card "${c.to}"`, 'unknownRef', { id: c.to });
    if (c.from === c.to) issue(['connectors', i], 'a connector cannot join a card to itself');
  });
  // A dot names a card, or an opportunity of the backlog (a vote on opportunities); a comment a card.
  const dotted = new Set([...cardIds, ...doc.opportunities.map((o) => o.id)]);
  for (const [name, list, known] of [
    ['votes', doc.votes, dotted],
    ['comments', doc.comments, cardIds],
  ] as const)
    list.forEach((v, i) => {
      if (!known.has(v.cardId))
        issue([name, i, 'cardId'], `${name.slice(0, -1)} on unknown card "${v.cardId}"`, 'unknownRef', {
          id: v.cardId,
        });
    });
  // Two connectors between the same cards draw as one and only multiply work.
  for (const d of duplicates(doc.connectors.map((c) => `${c.from} → ${c.to}`)))
    issue(['connectors'], `two connectors join the same cards (${d})`, 'duplicateConnector');
}

type Issue = (path: (string | number)[], message: string, key?: ProblemKey, params?: Record<string, string>) => void;

/** Extra personas: own ids (never the main persona's), own colours, curves on real stages; cards name real personas. */
function checkPersonas(doc: Shape, issue: Issue): void {
  const ids = doc.personas.map((p) => p.id);
  for (const d of duplicates(ids)) issue(['personas'], `duplicate persona id "${d}"`, 'duplicate', { id: d });
  if (ids.includes(MAIN_PERSONA)) issue(['personas'], `"${MAIN_PERSONA}" names the main persona`);
  const colours = ['amber', ...doc.personas.map((p) => p.colour)];
  for (const d of duplicates(colours)) issue(['personas'], `two personas drawn in ${d}`);
  const stages = new Set(doc.stages.map((s) => s.id));
  doc.personas.forEach((p, i) => {
    for (const d of duplicates(p.emotions.map((e) => e.stageId)))
      issue(['personas', i, 'emotions'], `two emotion points for stage "${d}"`);
    p.emotions.forEach((e, j) => {
      if (!stages.has(e.stageId))
        issue(
          ['personas', i, 'emotions', j, 'stageId'],
          `emotion point for unknown stage "${e.stageId}"`,
          'unknownRef',
          {
            id: e.stageId,
          },
        );
    });
  });
  const known = new Set([MAIN_PERSONA, ...ids]);
  doc.cards.forEach((card, i) => {
    for (const p of card.personas)
      if (!known.has(p))
        issue(['cards', i, 'personas'], `card "${card.id}" concerns unknown persona "${p}"`, 'unknownRef', { id: p });
    if (duplicates(card.personas).length) issue(['cards', i, 'personas'], `card "${card.id}" names a persona twice`);
  });
}

/** Cards cite an insight once; an opportunity addresses real cards, each once. */
function checkBacklog(doc: Shape, cardIds: ReadonlySet<string>, issue: Issue): void {
  for (const d of duplicates(doc.opportunities.map((o) => o.id)))
    issue(['opportunities'], `duplicate opportunity id "${d}"`, 'duplicate', { id: d });
  const opportunities = new Set(doc.opportunities.map((o) => o.id));
  doc.cards.forEach((card, i) => {
    if (duplicates(card.insights).length) issue(['cards', i, 'insights'], `card "${card.id}" cites an insight twice`);
    if (card.realises !== null && !opportunities.has(card.realises))
      issue(
        ['cards', i, 'realises'],
        `card "${card.id}" realises unknown opportunity "${card.realises}"`,
        'unknownRef',
        {
          id: card.realises,
        },
      );
  });
  doc.opportunities.forEach((o, i) => {
    for (const c of o.cardIds)
      if (!cardIds.has(c))
        issue(['opportunities', i, 'cardIds'], `opportunity addresses unknown card "${c}"`, 'unknownRef', { id: c });
    if (duplicates(o.cardIds).length) issue(['opportunities', i, 'cardIds'], 'an opportunity names a card twice');
  });
}

export const journeyMapSchema = journeyMapShape.superRefine(checkReferences);
