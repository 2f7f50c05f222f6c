import { z } from 'zod';
import { EMOTION_MAX } from '../model/constants';
import { LIMITS } from '../model/limits';
import { cardSchema, connectorSchema, journeyMapShape, laneSchema, stageSchema } from '../schema/document';

// The OpenJourney Format as real files write it (the Ptolemy journey mapper's open format):
// title/persona sometimes in a `metadata` object, `blueprint` sub-objects, scores −5…+5.
// Waymark's own exports add `x-waymark` extensions (ignored by other tools) so that
// export → import gives back the same map.

const text = z.string().max(LIMITS.cardTextChars);
const label = z.string().max(LIMITS.titleChars);
const ref = z.string().max(200);

/** What a Waymark export adds to a node: the card fields OJF has no place for. */
export const nodeExtension = z.strictObject({
  // Which personas a card concerns came with format 10: a file written before says nothing (all).
  card: cardSchema
    .omit({ id: true, laneId: true, stageId: true, text: true, detail: true })
    .partial({ personas: true, stepId: true })
    .optional(),
  /** The card text, when title + "\n" + description would not give it back exactly. */
  text: text.optional(),
  /** The node is the map's emotion point for its stage. */
  emotion: z.strictObject({ score: z.number().int().min(-3).max(3) }).optional(),
  /** The node is a step's point (the step, with its score, travels with its stage). */
  step: z.string().min(1).max(100).optional(),
});

export const mapExtension = journeyMapShape
  .pick({
    kind: true,
    language: true,
    persona: true,
    personaId: true,
    derivedFrom: true,
    sources: true,
    questions: true,
    metrics: true,
  })
  .extend({
    title: z.string().max(LIMITS.titleChars),
    connectors: z.array(connectorSchema).max(LIMITS.connectors),
    /** The personas compared beside the main one, with their curves (format 10; none before). */
    personas: journeyMapShape.shape.personas.optional(),
  });

const item = z.object({ id: ref, name: text }).passthrough();
const blueprintEntry = z.record(z.string().max(200), z.unknown());

export const ojfNode = z
  .object({
    id: ref.optional(),
    stageId: ref,
    swimlaneId: ref,
    title: text.optional(),
    description: text.optional(),
    score: z.number().finite().optional(),
    sentiment: z.string().max(100).optional(),
    purpose: z.string().max(100).optional(),
    severity: z.string().max(100).optional(),
    tags: z.array(z.string().max(200)).max(100).optional(),
    isMomentOfTruth: z.boolean().optional(),
    // The spec has four blueprint sections; a file with more is not a journey map.
    blueprint: z
      .record(z.string().max(200), z.array(blueprintEntry).max(500))
      .refine((r) => Object.keys(r).length <= 20, 'a node has at most 20 blueprint sections')
      .optional(),
    'x-waymark': nodeExtension.optional(),
  })
  .passthrough();

export const ojfFile = z
  .object({
    version: z.string().max(50).optional(),
    persona: z.string().max(2000).optional(),
    pointOfView: z.string().max(LIMITS.longTextChars).optional(),
    metadata: z
      .object({
        title: label.optional(),
        persona: z.string().max(2000).optional(),
        pov: z.string().max(LIMITS.longTextChars).optional(),
        version: z.string().max(50).optional(),
      })
      .passthrough()
      .optional(),
    stages: z
      .array(
        item.extend({
          'x-waymark': stageSchema.pick({ width: true, steps: true }).partial({ steps: true }).optional(),
        }),
      )
      .min(1)
      .max(LIMITS.stages),
    swimlanes: z
      .array(item.extend({ 'x-waymark': laneSchema.omit({ id: true, name: true }).optional() }))
      .min(1)
      .max(LIMITS.lanes),
    nodes: z.array(ojfNode).max(LIMITS.cards),
    'x-waymark': mapExtension.optional(),
  })
  .passthrough();

export type OjfFile = z.infer<typeof ojfFile>;
export type OjfNode = z.infer<typeof ojfNode>;

/** OJF scores run −5…+5; Waymark's emotion scale is −3…+3. */
export const ojfToEmotion = (score: number) => Math.max(-3, Math.min(3, Math.round((score * EMOTION_MAX) / 5)));
export const emotionToOjf = (score: number) => Math.round((score * 5) / EMOTION_MAX);
