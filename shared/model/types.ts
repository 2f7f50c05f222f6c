import type { z } from 'zod';
import type {
  cardSchema,
  commentSchema,
  connectorSchema,
  emotionPointSchema,
  journeyMapSchema,
  laneSchema,
  mapPersonaSchema,
  opportunitySchema,
  personaSchema,
  stageSchema,
  stepSchema,
  voteSchema,
} from '../schema/document';

export type JourneyMap = z.infer<typeof journeyMapSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type MapPersona = z.infer<typeof mapPersonaSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Card = z.infer<typeof cardSchema>;
export type EmotionPoint = z.infer<typeof emotionPointSchema>;
export type Connector = z.infer<typeof connectorSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type Comment = z.infer<typeof commentSchema>;
export type Opportunity = z.infer<typeof opportunitySchema>;

/** What the library lists: metadata only, never the document. */
/** Another map named by a detail link, as the library lists it. */
export interface MapLink {
  id: string;
  title: string;
}

export interface MapSummary {
  id: string;
  title: string;
  kind: JourneyMap['kind'];
  language: JourneyMap['language'];
  /** The shared persona's name, or the map's own persona name. */
  personaName: string;
  personaId: string | null;
  /** The current-state map this future-state map was derived from. */
  sourceMapId: string | null;
  cardCount: number;
  revision: number;
  /** A small SVG picture of the map (shared/render/thumbnail.ts). */
  thumbnail: string | null;
  createdAt: string;
  updatedAt: string;
  openedAt: string | null;
  deletedAt: string | null;
  /** Maps (not in the trash) whose cards or stages open into this one. */
  detailOf: MapLink[];
  /** Maps (not in the trash) this map's cards or stages open into. */
  details: MapLink[];
}
