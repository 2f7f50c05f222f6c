// Every bound on what a map may hold, declared once. The schema, the importers and the
// pre-parse check of files all read these numbers, so a refusal names the same limit
// wherever it is hit. They are far above what a real journey map holds (the largest example
// has 1,000 cards) and low enough that a hostile file cannot exhaust memory or hang a window.

export const LIMITS = {
  stages: 100,
  lanes: 50,
  cards: 20_000,
  connectors: 10_000,
  emotions: 100,
  sources: 500,
  questions: 2_000,
  metricRecords: 20_000,
  /** Dots of every vote kept on a map (60 people × 20 dots × a few rounds). */
  votes: 20_000,
  comments: 20_000,
  /** Characters in a comment on a card. */
  commentChars: 1_000,
  /** Characters in a person's name in a workshop room. */
  nameChars: 40,
  cardSources: 50,
  cardTags: 20,
  /** Characters in one tag. */
  tagChars: 50,
  personaGoals: 50,
  /** Characters in a title, a name, an owner or a label. */
  titleChars: 200,
  /** Characters in a card: long enough for a pasted interview quote. */
  cardTextChars: 20_000,
  /** Characters in the scenario, a persona description or an answer. */
  longTextChars: 5_000,
} as const;

/** Bounds on the shape of any JSON file before it is parsed (see electron/main/files/jsonShape). */
export const FILE_SHAPE_LIMITS = {
  /** Map files larger than this are refused before reading. */
  bytes: 50 * 1024 * 1024,
  /** Nesting depth: a map document is 5 levels deep, an OJF file 6. */
  depth: 32,
  /** Keys of any one object: our widest object has 20. */
  keysPerObject: 200,
  /** Items of any one array: the largest collection (cards, metric records). */
  itemsPerArray: 20_000,
  /** Values of every kind in the whole file: ~25 per card at the largest map. */
  values: 1_000_000,
  /** Characters of any one string or key: the largest is a picture a .waymark file carries (base64). */
  stringChars: 4_300_000,
} as const;

export type FileShapeLimit = keyof typeof FILE_SHAPE_LIMITS;
