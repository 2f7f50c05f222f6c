import { FORMAT_VERSION } from './version';

export class MigrationError extends Error {
  constructor(
    readonly code: 'NEWER_FORMAT' | 'NOT_A_MAP',
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

type Raw = Record<string, unknown>;

function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * v0 is the pre-release format (no formatVersion): emotion points were `emotionPoints`,
 * a card's span was `span`, and cards had no evidence status. Unknown cards are treated as
 * "assumed" because nothing in a v0 file says they were researched.
 */
function v0ToV1(doc: Raw): Raw {
  const { emotionPoints, ...rest } = doc;
  const cards = Array.isArray(doc.cards) ? doc.cards : [];
  return {
    ...rest,
    formatVersion: 1,
    emotions: rest.emotions ?? emotionPoints ?? [],
    cards: cards.map((c: unknown) => {
      if (!isRecord(c)) return c;
      const { span, ...card } = c;
      return { ...card, stageSpan: card.stageSpan ?? span ?? 1, evidence: card.evidence ?? 'assumed' };
    }),
  };
}

/** v2 lets a card carry its own colour; v1 cards keep their type colour. */
function v1ToV2(doc: Raw): Raw {
  const cards = Array.isArray(doc.cards) ? doc.cards : [];
  return {
    ...doc,
    formatVersion: 2,
    cards: cards.map((c: unknown) => (isRecord(c) ? { ...c, color: c.color ?? null } : c)),
  };
}

/** v3 adds library personas, future-state lineage and day-in-the-life providers; all start empty. */
function v2ToV3(doc: Raw): Raw {
  const cards = Array.isArray(doc.cards) ? doc.cards : [];
  return {
    ...doc,
    formatVersion: 3,
    personaId: doc.personaId ?? null,
    derivedFrom: doc.derivedFrom ?? null,
    cards: cards.map((c: unknown) =>
      isRecord(c) ? { ...c, provider: c.provider ?? null, sourceCardId: c.sourceCardId ?? null } : c,
    ),
  };
}

/** v4 adds the method: research sources (cited by cards), stage questions and stage metrics. */
function v3ToV4(doc: Raw): Raw {
  const cards = Array.isArray(doc.cards) ? doc.cards : [];
  return {
    ...doc,
    formatVersion: 4,
    sources: doc.sources ?? [],
    questions: doc.questions ?? [],
    metrics: doc.metrics ?? { satisfaction: 'csat', records: [] },
    cards: cards.map((c: unknown) => (isRecord(c) ? { ...c, sourceIds: c.sourceIds ?? [] } : c)),
  };
}

/** v5 gives cards tags and the moment-of-truth mark (both kept from OpenJourney files). */
function v4ToV5(doc: Raw): Raw {
  const cards = Array.isArray(doc.cards) ? doc.cards : [];
  return {
    ...doc,
    formatVersion: 5,
    cards: cards.map((c: unknown) => (isRecord(c) ? { ...c, tags: c.tags ?? [], moment: c.moment ?? false } : c)),
  };
}

/**
 * v6 lets a card's evidence be "not yet marked" (null): new cards start so, instead of being
 * called "assumed" before anyone said so. Cards in older files keep the status they have.
 */
function v5ToV6(doc: Raw): Raw {
  return { ...doc, formatVersion: 6 };
}

/** v7 keeps dot votes and comments on cards (from workshop rooms); older maps have none. */
function v6ToV7(doc: Raw): Raw {
  return { ...doc, formatVersion: 7, votes: doc.votes ?? [], comments: doc.comments ?? [] };
}

/** v8 lets a card carry a picture; older cards have none. */
function v7ToV8(doc: Raw): Raw {
  const cards = Array.isArray(doc.cards) ? doc.cards : [];
  return {
    ...doc,
    formatVersion: 8,
    cards: cards.map((c: unknown) => (isRecord(c) ? { ...c, picture: c.picture ?? null } : c)),
  };
}

/** v9 lets a card or a stage open into a detail map; older ones link to none. */
function v8ToV9(doc: Raw): Raw {
  const none = (list: unknown) =>
    Array.isArray(list) ? list.map((x: unknown) => (isRecord(x) ? { ...x, detail: x.detail ?? null } : x)) : list;
  return { ...doc, formatVersion: 9, cards: none(doc.cards), stages: none(doc.stages) };
}

/**
 * Format 10: several personas (none beside the main one yet), every card concerning all of
 * them; steps inside stages (none yet), every card belonging to its whole stage.
 */
function v9ToV10(doc: Raw): Raw {
  const cards = Array.isArray(doc.cards)
    ? doc.cards.map((x: unknown) => (isRecord(x) ? { ...x, personas: x.personas ?? [], stepId: x.stepId ?? null } : x))
    : doc.cards;
  const stages = Array.isArray(doc.stages)
    ? doc.stages.map((x: unknown) => (isRecord(x) ? { ...x, steps: x.steps ?? [] } : x))
    : doc.stages;
  return { ...doc, formatVersion: 10, personas: doc.personas ?? [], cards, stages };
}

function v10ToV11(doc: Raw): Raw {
  const cards = Array.isArray(doc.cards)
    ? doc.cards.map((x: unknown) =>
        isRecord(x) ? { ...x, insights: x.insights ?? [], realises: x.realises ?? null } : x,
      )
    : doc.cards;
  return { ...doc, formatVersion: 11, opportunities: doc.opportunities ?? [], cards };
}

/** Steps indexed by the version they upgrade from. */
const STEPS: ReadonlyArray<(doc: Raw) => Raw> = [
  v0ToV1,
  v1ToV2,
  v2ToV3,
  v3ToV4,
  v4ToV5,
  v5ToV6,
  v6ToV7,
  v7ToV8,
  v8ToV9,
  v9ToV10,
  v10ToV11,
];

export function documentVersion(doc: Raw): number {
  const v = doc.formatVersion;
  if (v === undefined) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new MigrationError('NOT_A_MAP', `formatVersion must be a whole number, got ${JSON.stringify(v)}`);
  return v;
}

/**
 * Brings a stored or imported document up to FORMAT_VERSION. The result still has to pass
 * validation: migration only reshapes, it never vouches for content.
 */
export function migrateDocument(raw: unknown): unknown {
  if (!isRecord(raw)) throw new MigrationError('NOT_A_MAP', 'A map document must be a JSON object.');
  let version = documentVersion(raw);
  if (version > FORMAT_VERSION)
    throw new MigrationError(
      'NEWER_FORMAT',
      `This map was written in format version ${version} by a newer Waymark; this version reads up to ${FORMAT_VERSION}. Update Waymark to open it.`,
    );
  let doc = raw;
  while (version < FORMAT_VERSION) {
    const step = STEPS[version];
    if (!step) throw new Error(`no migration step from format version ${version}`);
    doc = step(doc);
    version += 1;
  }
  return doc;
}
