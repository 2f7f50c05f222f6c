import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emotionToOjf, exportOjf, importOjf, ojfToEmotion } from '../../../shared/exchange/ojf';
import { addMapPersona, setCardPersonas, setPersonaEmotion } from '../../../shared/model/operations';
import { validateDocument } from '../../../shared/schema/validate';
import { busyMap } from '../../helpers/busyMap';

// Copies of ../shared/fixtures/ojf (MIT, see NOTICE.md there), so a lone clone runs the tests.
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'ojf');
const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;

type Node = { title?: string; blueprint?: Record<string, unknown[]>; swimlaneId: string };

describe('OpenJourney import', () => {
  it.each(['ecommerce-purchase.ojf', 'b2b-software-purchase.ojf', 'clinic-visit-blueprint.ojf'])(
    'imports %s with every node and blueprint entry kept',
    (name) => {
      const raw = fixture(name);
      const doc = importOjf(raw);
      expect(validateDocument(doc).ok).toBe(true);
      const nodes = raw.nodes as Node[];
      const entries = nodes.reduce(
        (n, x) => n + Object.values(x.blueprint ?? {}).reduce((m, list) => m + list.length, 0),
        0,
      );
      expect(doc.cards).toHaveLength(nodes.length + entries);
      for (const node of nodes)
        if (node.title) expect(doc.cards.some((c) => c.text.startsWith(node.title!))).toBe(true);
      expect(doc.stages.map((s) => s.name)).toEqual((raw.stages as { name: string }[]).map((s) => s.name));
    },
  );

  it('reads the metadata variant and builds a service blueprint from blueprint sub-objects', () => {
    const doc = importOjf(fixture('clinic-visit-blueprint.ojf'));
    expect(doc.title).toBe('Patient Clinic Visit');
    expect(doc.persona.name).toBe('Returning Patient');
    expect(doc.kind).toBe('service-blueprint');
    expect(doc.lanes.filter((l) => l.type === 'line').map((l) => l.line)).toEqual([
      'interaction',
      'visibility',
      'internal-interaction',
    ]);
    expect(doc.cards.some((c) => c.type === 'backstage' && c.text.includes('Verifies insurance eligibility'))).toBe(
      true,
    );
  });

  it('maps an emotional swimlane onto the emotion curve and keeps its text as cards', () => {
    const doc = importOjf(fixture('ecommerce-purchase.ojf'));
    const emotion = doc.lanes.find((l) => l.type === 'emotion')!;
    expect(emotion.name).toBe('Emotional State');
    // Every scored node is a step of its stage, scored on the curve.
    const points = doc.stages.flatMap((s) => s.steps.flatMap((t) => (t.emotion ? [t.emotion.score] : [])));
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((v) => v >= -3 && v <= 3)).toBe(true);
    expect(doc.cards.some((c) => c.type === 'emotion' && c.text.includes('Excitement'))).toBe(true);
  });

  it('scales −5…+5 onto −3…+3', () => {
    expect([-5, -3, 0, 2, 5].map(ojfToEmotion)).toEqual([-3, -2, 0, 1, 3]);
    expect([-3, 0, 3].map(emotionToOjf)).toEqual([-5, 0, 5]);
  });

  it('refuses a node pointing at a missing stage, naming the node', () => {
    const raw = fixture('ecommerce-purchase.ojf');
    (raw.nodes as { stageId: string }[])[3]!.stageId = 's99';
    expect(() => importOjf(raw)).toThrow(/nodes\[3\]\.stageId: node ".*" points at stage "s99"/);
  });

  it.each([
    ['no stages', { swimlanes: [{ id: 'a', name: 'x' }], nodes: [] }, /stages/],
    [
      'a string of nodes',
      { stages: [{ id: 's', name: 's' }], swimlanes: [{ id: 'a', name: 'x' }], nodes: 'many' },
      /nodes/,
    ],
    ['not an object', 42, /Not an OpenJourney file/],
  ])('refuses %s with a clear message', (_n, raw, message) => {
    expect(() => importOjf(raw)).toThrow(message);
  });

  it('keeps markup in node text as inert text', () => {
    const raw = fixture('ecommerce-purchase.ojf');
    (raw.nodes as { title: string }[])[0]!.title = '<img src=x onerror=alert(1)>';
    expect(importOjf(raw).cards.some((c) => c.text.startsWith('<img src=x onerror=alert(1)>'))).toBe(true);
  });
});

describe('OpenJourney scores and round trip', () => {
  it('keeps tags and the moment of truth as card fields, not pasted into the text', () => {
    const doc = importOjf(fixture('ecommerce-purchase.ojf'));
    const checkout = doc.cards.find((c) => c.text.startsWith('Select Product & Checkout'))!;
    expect(checkout.moment).toBe(true);
    expect(checkout.tags).toEqual(['Checkout', 'Mobile']);
    expect(doc.cards.some((c) => /#\w|Moment of truth/.test(c.text))).toBe(false);
    const back = importOjf(JSON.parse(JSON.stringify(exportOjf(doc))));
    const again = back.cards.find((c) => c.text.startsWith('Select Product & Checkout'))!;
    expect({ moment: again.moment, tags: again.tags }).toEqual({ moment: true, tags: ['Checkout', 'Mobile'] });
  });

  it('keeps each scored node of a stage as a step with its own point (no averaging), its cards in the step', () => {
    const raw = fixture('ecommerce-purchase.ojf');
    const nodes = raw.nodes as { stageId: string; title?: string; score?: number }[];
    const doc = importOjf(raw);
    expect(validateDocument(doc).ok).toBe(true);
    (raw.stages as { id: string }[]).forEach((s, i) => {
      const scored = nodes.filter((n) => n.stageId === s.id && n.score !== undefined);
      const stage = doc.stages[i]!;
      const point = doc.emotions.find((e) => e.stageId === stage.id);
      if (!scored.length) {
        expect(stage.steps).toEqual([]);
        return;
      }
      expect(point).toBeUndefined();
      expect(stage.steps.map((t) => [t.name, t.emotion!.score])).toEqual(
        scored.map((n) => [n.title, ojfToEmotion(n.score!)]),
      );
      // The node's card is in its step.
      const first = doc.cards.find((c) => c.text.startsWith(scored[0]!.title!));
      if (first) expect(first.stepId).toBe(stage.steps[0]!.id);
    });
    expect(doc.stages.some((s) => s.steps.length > 1)).toBe(true);
    expect(doc.emotions).toEqual([]);
  });

  it('a Ptolemy sample round-trips .ojf → Waymark → .ojf with the same steps and scores (at Waymark’s −3…+3)', () => {
    const raw = fixture('ecommerce-purchase.ojf');
    const steps = (file: Record<string, unknown>) => {
      const stages = file.stages as { id: string; name: string }[];
      return stages.map((s) => ({
        stage: s.name,
        scored: (file.nodes as { stageId: string; title?: string; score?: number }[])
          .filter((n) => n.stageId === s.id && n.score !== undefined)
          .map((n) => [n.title ?? '', n.score!] as const),
      }));
    };
    const exported = JSON.parse(JSON.stringify(exportOjf(importOjf(raw)))) as Record<string, unknown>;
    // Waymark scores on −3…+3: a score comes back as the nearest Ptolemy value that scale holds.
    const want = steps(raw).map((s) => ({
      ...s,
      scored: s.scored.map(([t, v]) => [t, emotionToOjf(ojfToEmotion(v))]),
    }));
    const got = steps(exported).map((s) => ({
      ...s,
      scored: s.scored.map(([t, v]) => [t.split('\n')[0]!, v] as const),
    }));
    expect(got).toEqual(want);
    // And Waymark reads its own file back to the same steps.
    const again = importOjf(exported);
    expect(again.stages.map((s) => s.steps.map((t) => [t.name, t.emotion?.score]))).toEqual(
      importOjf(raw).stages.map((s) => s.steps.map((t) => [t.name, t.emotion?.score])),
    );
  });

  it('gives back the same map after export and import, with no tag lines or note lanes added', () => {
    const doc = busyMap(40);
    const withExtras = {
      ...doc,
      scenario: 'Đặt mua online',
      cards: doc.cards.map((c, i) => (i === 0 ? { ...c, text: 'Dòng 1\n\nDòng 3\n', owner: 'CX' } : c)),
      stages: doc.stages.map((s, i) => (i === 0 ? { ...s, width: 360 } : s)),
    };
    const back = importOjf(JSON.parse(JSON.stringify(exportOjf(withExtras))));
    const { id: _a, createdAt: _b, updatedAt: _c, ...want } = withExtras;
    const { id: _d, createdAt: _e, updatedAt: _f, ...got } = back;
    expect(got).toEqual(want);
  });
});

describe('OpenJourney export', () => {
  it('round-trips every card text and the emotion curve', () => {
    const doc = busyMap(30);
    const back = importOjf(JSON.parse(JSON.stringify(exportOjf(doc))));
    const texts = (d: typeof doc) =>
      d.cards
        .filter((c) => c.type !== 'emotion')
        .map((c) => c.text.split('\n')[0])
        .sort();
    expect(texts(back)).toEqual(texts(doc));
    for (const c of doc.cards) expect(back.cards.some((b) => b.text.startsWith(c.text))).toBe(true);
    expect(back.emotions.map((e) => e.score).sort()).toEqual(doc.emotions.map((e) => e.score).sort());
  });

  it('carries the personas compared on a map and the cards they concern, which other tools ignore', () => {
    let doc = addMapPersona(busyMap(12), { personaId: null, name: 'Khách quay lại', id: 'back' });
    doc = setPersonaEmotion(doc, 'back', doc.stages[0]!.id, -2, 'Chán');
    doc = setCardPersonas(doc, [doc.cards[0]!.id], ['back']);
    const file = JSON.parse(JSON.stringify(exportOjf(doc))) as { 'x-waymark': Record<string, unknown> };
    const back = importOjf(file);
    expect(back.personas).toEqual(doc.personas);
    expect(back.cards.find((c) => c.id === doc.cards[0]!.id)!.personas).toEqual(['back']);
    expect(validateDocument(back).ok).toBe(true);
    // A file written before format 10 says nothing of personas: one persona, every card about it.
    const { personas: _p, ...older } = file['x-waymark'];
    const plain = JSON.parse(
      JSON.stringify({ ...file, 'x-waymark': older }).replace(/"personas":\[(?:"[^"]*",?)*\],?/g, ''),
    );
    const read = importOjf(plain);
    expect(read.personas).toEqual([]);
    expect(read.cards.every((c) => c.personas.length === 0)).toBe(true);
  });
});
