import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../shared/schema/validate';
import type { JourneyMap } from '../../../shared/model/types';
import { sampleMap } from '../../helpers/sampleMap';

function expectInvalid(doc: unknown, fragment: string | RegExp) {
  const result = validateDocument(doc);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(fragment);
}

const edit = (fn: (d: JourneyMap) => void): JourneyMap => {
  const d = structuredClone(sampleMap());
  fn(d);
  return d;
};

describe('map document schema', () => {
  it('accepts a well-formed map', () => {
    expect(validateDocument(sampleMap()).ok).toBe(true);
  });

  it.each([
    ['a card in an unknown lane', (d: JourneyMap) => (d.cards[0]!.laneId = 'nope'), /unknown lane "nope"/],
    ['a card in an unknown stage', (d: JourneyMap) => (d.cards[0]!.stageId = 'nope'), /unknown stage "nope"/],
    [
      'a card in the emotion lane',
      (d: JourneyMap) => (d.cards[0]!.laneId = d.lanes.find((l) => l.type === 'emotion')!.id),
      /emotion lane, which holds no cards/,
    ],
    [
      'a card spanning past the last stage',
      (d: JourneyMap) => (d.cards[0]!.stageSpan = 9),
      /spans past the last stage/,
    ],
    ['duplicate card ids', (d: JourneyMap) => (d.cards[1]!.id = d.cards[0]!.id), /duplicate card id "c1"/],
    ['an emotion score of 4', (d: JourneyMap) => (d.emotions[0]!.score = 4), /emotions\[0\]\.score/],
    ['a fractional emotion score', (d: JourneyMap) => (d.emotions[0]!.score = 1.5), /emotions\[0\]\.score/],
    [
      'two emotion points for one stage',
      (d: JourneyMap) => d.emotions.push({ ...d.emotions[0]! }),
      /two emotion points for stage/,
    ],
    [
      'a channel on an action card',
      (d: JourneyMap) => (d.cards[0]!.channel = 'zalo-oa'),
      /only a touchpoint card has a channel/,
    ],
    [
      'a connector to a missing card',
      (d: JourneyMap) => (d.connectors[0]!.to = 'ghost'),
      /connector to unknown card "ghost"/,
    ],
    ['an empty title', (d: JourneyMap) => (d.title = '   '), /title/],
    ['an unknown kind', (d: JourneyMap) => ((d as { kind: string }).kind = 'mind-map'), /kind/],
    ['an unknown field', (d: JourneyMap) => ((d as unknown as Record<string, unknown>).script = 'alert(1)'), /script/],
    ['no stages', (d: JourneyMap) => (d.stages = []), /stages/],
    [
      'a second emotion lane',
      (d: JourneyMap) => d.lanes.push({ ...d.lanes.find((l) => l.type === 'emotion')!, id: 'e2' }),
      /at most one emotion lane/,
    ],
  ])('refuses %s with a message that names it', (_name, mutate, message) => {
    expectInvalid(edit(mutate), message);
  });

  it('refuses things that are not maps without throwing', () => {
    for (const bad of [null, 42, 'map', [], {}, { formatVersion: 1 }]) expectInvalid(bad, /Invalid map document/);
  });

  it('never throws, whatever is fed to it', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validateDocument(value);
        return result.ok === false && result.message.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('either accepts or explains a randomly damaged map', () => {
    const base = sampleMap();
    const paths = ['title', 'kind', 'cards', 'lanes', 'stages', 'emotions', 'connectors', 'persona', 'createdAt'];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (key, value) => {
        const result = validateDocument({ ...base, [key]: value });
        return result.ok || /Invalid map document: .+/.test(result.message);
      }),
      { numRuns: 300 },
    );
  });
});
