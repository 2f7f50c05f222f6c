import { describe, expect, it } from 'vitest';
import { MigrationError, migrateDocument } from '../../../shared/schema/migrate';
import { validateDocument } from '../../../shared/schema/validate';
import { FORMAT_VERSION } from '../../../shared/schema/version';
import { sampleMap } from '../../helpers/sampleMap';
import { linkDetail } from '../../../shared/model/operations';

/** A v0 document: no formatVersion, `emotionPoints`, cards with `span` and no evidence. */
function v0Document(): Record<string, unknown> {
  const { formatVersion: _v, emotions, cards, ...rest } = sampleMap();
  return {
    ...rest,
    emotionPoints: emotions,
    cards: cards.map(({ stageSpan, evidence: _e, color: _c, ...c }) => ({ ...c, span: stageSpan })),
  };
}

describe('migrateDocument', () => {
  it('upgrades a v0 document to a valid v1 document', () => {
    const v0 = v0Document();
    const migrated = migrateDocument(v0) as Record<string, unknown>;
    expect(migrated.formatVersion).toBe(FORMAT_VERSION);
    expect(migrated).not.toHaveProperty('emotionPoints');
    const checked = validateDocument(migrated);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.doc.emotions).toEqual(v0.emotionPoints);
      expect(checked.doc.emotions).toHaveLength(1);
      expect(checked.doc.cards.every((c) => c.evidence === 'assumed' && c.stageSpan === 1)).toBe(true);
      expect(checked.doc.cards.map((c) => c.text)).toEqual(sampleMap().cards.map((c) => c.text));
    }
  });

  it('upgrades a v1 document: cards keep their type colour', () => {
    const { cards, ...rest } = sampleMap();
    const v1 = { ...rest, formatVersion: 1, cards: cards.map(({ color: _c, ...c }) => c) };
    const checked = validateDocument(migrateDocument(v1));
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.doc.cards.every((c) => c.color === null)).toBe(true);
  });

  it('upgrades a v2 document: no library persona, no lineage, no provider', () => {
    const { cards, personaId: _p, derivedFrom: _d, ...rest } = sampleMap();
    const v2 = { ...rest, formatVersion: 2, cards: cards.map(({ provider: _pr, sourceCardId: _s, ...c }) => c) };
    const checked = validateDocument(migrateDocument(v2));
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.doc.personaId).toBeNull();
      expect(checked.doc.derivedFrom).toBeNull();
      expect(checked.doc.cards.every((c) => c.provider === null && c.sourceCardId === null)).toBe(true);
    }
  });

  it('upgrades a v3 document: no sources, questions or metrics yet', () => {
    const { cards, sources: _s, questions: _q, metrics: _m, ...rest } = sampleMap();
    const v3 = { ...rest, formatVersion: 3, cards: cards.map(({ sourceIds: _i, ...c }) => c) };
    const checked = validateDocument(migrateDocument(v3));
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.doc.sources).toEqual([]);
      expect(checked.doc.questions).toEqual([]);
      expect(checked.doc.metrics).toEqual({ satisfaction: 'csat', records: [] });
      expect(checked.doc.cards.every((c) => c.sourceIds.length === 0)).toBe(true);
    }
  });

  it('upgrades a v4 document: cards without tags and not marked as moments of truth', () => {
    const { cards, ...rest } = sampleMap();
    const v4 = { ...rest, formatVersion: 4, cards: cards.map(({ tags: _t, moment: _m, ...c }) => c) };
    const checked = validateDocument(migrateDocument(v4));
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.doc.cards.every((c) => c.tags.length === 0 && !c.moment)).toBe(true);
    expect(validateDocument({ ...v4, formatVersion: 5 }).ok).toBe(false);
  });

  it('upgrades a v5 document: every card keeps its evidence status; v6 cards may be not yet marked', () => {
    const v5 = { ...sampleMap(), formatVersion: 5 };
    const checked = validateDocument(migrateDocument(v5));
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.doc.cards.map((c) => c.evidence)).toEqual(v5.cards.map((c) => c.evidence));
    const unmarked = { ...v5, formatVersion: 6, cards: v5.cards.map((c) => ({ ...c, evidence: null })) };
    expect(validateDocument(migrateDocument(unmarked)).ok).toBe(true);
  });

  it('upgrades a v6 document to one with no dots and no comments, and refuses a dot on a card that is not there', () => {
    const { votes: _v, comments: _c, ...v6 } = { ...sampleMap(), formatVersion: 6 };
    const checked = validateDocument(migrateDocument(v6));
    expect(checked.ok && checked.doc.votes.length + checked.doc.comments.length).toBe(0);
    const stray = { ...sampleMap(), votes: [{ id: 'v1', cardId: 'nowhere', voter: 'p1' }] };
    const refused = validateDocument(stray);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/votes\[0\]\.cardId/);
  });

  it('leaves a current document as it is', () => {
    const doc = sampleMap();
    expect(migrateDocument(doc)).toEqual(doc);
  });

  it('refuses a document from a newer Waymark with a clear message', () => {
    expect(() => migrateDocument({ ...sampleMap(), formatVersion: FORMAT_VERSION + 1 })).toThrow(
      new RegExp(`format version ${FORMAT_VERSION + 1} by a newer Waymark.*Update Waymark`),
    );
  });

  it.each([[null], ['text'], [[1, 2]], [{ formatVersion: 'one' }], [{ formatVersion: -1 }]])(
    'refuses %j as not a map',
    (raw) => {
      expect(() => migrateDocument(raw)).toThrow(MigrationError);
    },
  );

  it('does not modify its input', () => {
    const raw = v0Document();
    const copy = structuredClone(raw);
    migrateDocument(raw);
    expect(raw).toEqual(copy);
  });

  it('opens a format 8 map with no detail maps: every card and stage links to none', () => {
    const { personas: _p, opportunities: _o, ...doc } = sampleMap();
    const v8 = {
      ...doc,
      formatVersion: 8,
      cards: doc.cards.map(({ detail: _d, personas: _c, insights: _i, ...c }) => c),
      stages: doc.stages.map(({ detail: _d, ...s }) => s),
    };
    const migrated = migrateDocument(v8) as ReturnType<typeof sampleMap>;
    expect(migrated.formatVersion).toBe(FORMAT_VERSION);
    expect(migrated.cards.map((c) => c.detail)).toEqual(doc.cards.map(() => null));
    expect(migrated.stages.map((s) => s.detail)).toEqual(doc.stages.map(() => null));
    expect(validateDocument(migrated).ok).toBe(true);
  });

  it('opens a format 9 map with its one persona: no others, every card concerning it', () => {
    const { personas: _p, opportunities: _o, ...doc } = sampleMap();
    const v9 = { ...doc, formatVersion: 9, cards: doc.cards.map(({ personas: _c, insights: _i, ...c }) => c) };
    const migrated = migrateDocument(v9) as ReturnType<typeof sampleMap>;
    expect(migrated.formatVersion).toBe(FORMAT_VERSION);
    expect(migrated.personas).toEqual([]);
    expect(migrated.cards.map((c) => c.personas)).toEqual(doc.cards.map(() => []));
    expect(migrated.emotions).toEqual(doc.emotions);
    expect(validateDocument(migrated).ok).toBe(true);
  });

  it('opens a format 10 map with no research behind its cards and an empty backlog', () => {
    const { opportunities: _o, ...doc } = sampleMap();
    const v10 = { ...doc, formatVersion: 10, cards: doc.cards.map(({ insights: _i, ...c }) => c) };
    const migrated = migrateDocument(v10) as ReturnType<typeof sampleMap>;
    expect(migrated.formatVersion).toBe(11);
    expect(migrated.opportunities).toEqual([]);
    expect(migrated.cards.map((c) => c.insights)).toEqual(doc.cards.map(() => []));
    expect(validateDocument(migrated).ok).toBe(true);
  });

  it('links a card or a stage to a detail map, and never a map to itself', () => {
    const doc = sampleMap();
    const card = linkDetail(doc, { card: doc.cards[0]!.id }, 'other-map');
    expect(card.cards[0]!.detail).toBe('other-map');
    const stage = linkDetail(card, { stage: doc.stages[1]!.id }, 'other-map');
    expect(stage.stages[1]!.detail).toBe('other-map');
    expect(linkDetail(stage, { card: doc.cards[0]!.id }, null).cards[0]!.detail).toBeNull();
    expect(() => linkDetail(doc, { card: doc.cards[0]!.id }, doc.id)).toThrow('cannot open into itself');
  });
});
