import { LIMITS } from './limits';

// The vocabularies of the journey-map model. Everything else (schema, templates, layout, UI)
// derives from these lists so a new kind or card type is added in exactly one place.

export const MAP_KINDS = ['current-state', 'future-state', 'day-in-the-life', 'service-blueprint'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

export const LANGUAGES = ['en', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANE_TYPES = ['cards', 'emotion', 'line', 'metrics'] as const;
export type LaneType = (typeof LANE_TYPES)[number];

/** The three horizontal lines of a service blueprint (Bitner, Ostrom & Morgan 2008). */
export const BLUEPRINT_LINES = ['interaction', 'visibility', 'internal-interaction'] as const;
export type BlueprintLine = (typeof BLUEPRINT_LINES)[number];

export const CARD_TYPES = [
  'touchpoint',
  'action',
  'thought',
  'emotion',
  'pain-point',
  'opportunity',
  'evidence',
  'frontstage',
  'backstage',
  'support',
  'note',
] as const;
export type CardType = (typeof CARD_TYPES)[number];

export const EVIDENCE_STATUSES = ['observed', 'assumed', 'proposed'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const CHANNELS = [
  'website',
  'email',
  'social',
  'ads',
  'store',
  'hotline',
  'app',
  'chat',
  'zalo-oa',
  'facebook',
  'tiktok-shop',
  'shopee',
  'lazada',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Day-in-the-life cards say whose touchpoint they are: ours, or another provider's. */
export const PROVIDERS = ['ours', 'other'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;

export const TITLE_MAX = LIMITS.titleChars;
/** Long enough for a pasted interview quote; the layout wraps it. */
export const CARD_TEXT_MAX = LIMITS.cardTextChars;

/** Card colours a user can pick over the type's own colour, chosen to read well projected. */
export const CARD_COLORS = ['yellow', 'orange', 'red', 'pink', 'purple', 'blue', 'teal', 'green', 'gray'] as const;
export type CardColor = (typeof CARD_COLORS)[number];

/**
 * The colours of the personas' emotion curves on one map, in the order new personas take them:
 * the main persona's curve is always the first (the curve's amber since format 1).
 */
export const PERSONA_COLOURS = ['amber', 'blue', 'green', 'purple', 'rose'] as const;
export type PersonaColour = (typeof PERSONA_COLOURS)[number];

/** How a card names the map's main persona among those it concerns (the others by their ids). */
export const MAIN_PERSONA = 'main';

/** Orders the library can list maps in. */
export const MAP_SORTS = ['updated', 'opened', 'created', 'title'] as const;
export type MapSort = (typeof MAP_SORTS)[number];

/** Where a map's research came from (the seed's step 1, "collect data"). */
export const SOURCE_KINDS = ['interview', 'survey', 'analytics', 'support-tickets', 'review-sites', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How a map scores satisfaction per stage: CSAT 1–5 or NPS −100…100. */
export const SATISFACTION_SCALES = ['csat', 'nps'] as const;
export type SatisfactionScale = (typeof SATISFACTION_SCALES)[number];

/** Where an insight in the library comes from. */
export const INSIGHT_SOURCES = ['interview', 'survey', 'analytics', 'support', 'other'] as const;
export type InsightSource = (typeof INSIGHT_SOURCES)[number];

/** What an insight is: a person's words, something seen, or a number. */
export const INSIGHT_KINDS = ['quote', 'observation', 'figure'] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

/** Where an opportunity in the backlog stands. */
export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in-progress', 'done', 'dropped'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** An opportunity's three scores, each 1 (low) to 5 (high); null: not scored yet. */
export const OPPORTUNITY_SCORES = ['customerValue', 'businessValue', 'effort'] as const;
export type OpportunityScore = (typeof OPPORTUNITY_SCORES)[number];
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
