import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readMap, writeMap } from '../../../shared/collab/mapBinding';
import { settleMerged } from '../../../shared/collab/settleMerged';
import { LIMITS } from '../../../shared/model/limits';
import {
  addMapPersona,
  concerns,
  deleteLane,
  deleteStage,
  removeMapPersona,
  setCardPersonas,
  setPersonaEmotion,
  updateMapPersona,
} from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { validateDocument } from '../../../shared/schema/validate';
import { sampleMap } from '../../helpers/sampleMap';

/** The sample map with a returning customer beside its main persona, scored on two stages. */
function twoPersonas(base: JourneyMap = sampleMap()): JourneyMap {
  let doc = addMapPersona(base, { personaId: null, name: 'Khách quay lại', id: 'back' });
  doc = setPersonaEmotion(doc, 'back', doc.stages[0]!.id, -2, 'Chán');
  doc = setPersonaEmotion(doc, 'back', doc.stages[1]!.id, 3);
  return doc;
}

describe('several personas on one map', () => {
  it('gives each persona its own curve in its own colour, the main curve untouched', () => {
    const base = sampleMap();
    const doc = twoPersonas(base);
    expect(doc.personas).toHaveLength(1);
    expect(doc.personas[0]).toMatchObject({ colour: 'blue', persona: { name: 'Khách quay lại' } });
    expect(doc.personas[0]!.emotions.map((e) => [e.score, e.label])).toEqual([
      [-2, 'Chán'],
      [3, ''],
    ]);
    expect(doc.emotions).toEqual(base.emotions);
    // The main persona's curve is set through the same operation.
    const main = setPersonaEmotion(doc, 'main', doc.stages[1]!.id, 1);
    expect(main.emotions.find((e) => e.stageId === doc.stages[1]!.id)?.score).toBe(1);
    expect(main.personas).toEqual(doc.personas);
    expect(validateDocument(doc).ok).toBe(true);
  });

  it('takes the first colour free, and refuses a sixth persona in words', () => {
    let doc = sampleMap();
    for (let i = 0; i < LIMITS.extraPersonas; i++)
      doc = addMapPersona(doc, { personaId: null, name: `P${i}`, id: `p${i}` });
    expect(doc.personas.map((p) => p.colour)).toEqual(['blue', 'green', 'purple', 'rose']);
    expect(() => addMapPersona(doc, { personaId: null, name: 'One too many' })).toThrow(
      expect.objectContaining({ i18n: { key: 'editErrors.tooManyPersonas', params: { max: 5 } } }),
    );
    const freed = addMapPersona(removeMapPersona(doc, 'p1'), { personaId: null, name: 'Again', id: 'again' });
    expect(freed.personas.find((p) => p.id === 'again')!.colour).toBe('green');
  });

  it('says which personas a card concerns; naming all of them, or removing the only one named, means all', () => {
    const doc = twoPersonas();
    const card = doc.cards[0]!.id;
    const onlyBack = setCardPersonas(doc, [card], ['back']);
    expect(onlyBack.cards[0]!.personas).toEqual(['back']);
    expect(concerns(onlyBack.cards[0]!, 'main')).toBe(false);
    expect(concerns(onlyBack.cards[1]!, 'main')).toBe(true);
    expect(setCardPersonas(doc, [card], ['back', 'main']).cards[0]!.personas).toEqual([]);
    expect(removeMapPersona(onlyBack, 'back').cards[0]!.personas).toEqual([]);
  });

  it('takes a deleted stage’s points, and the emotion lane’s curves, from every persona', () => {
    const doc = twoPersonas();
    expect(deleteStage(doc, doc.stages[0]!.id).personas[0]!.emotions.map((e) => e.score)).toEqual([3]);
    const lane = doc.lanes.find((l) => l.type === 'emotion')!;
    expect(deleteLane(doc, lane.id).personas[0]!.emotions).toEqual([]);
  });

  it('refuses a document whose personas or cards break the rules, naming the problem', () => {
    const doc = setCardPersonas(twoPersonas(), [sampleMap().cards[0]!.id], ['back']);
    const bad: [string, JourneyMap][] = [
      ['unknown persona on a card', { ...doc, personas: [] }],
      [
        'main as an id',
        {
          ...doc,
          personas: [{ ...doc.personas[0]!, id: 'main' }],
          cards: doc.cards.map((c) => ({ ...c, personas: [] })),
        },
      ],
      ['two in one colour', { ...doc, personas: [doc.personas[0]!, { ...doc.personas[0]!, id: 'x' }] }],
      ['amber taken by the main persona', { ...doc, personas: [{ ...doc.personas[0]!, colour: 'amber' }] }],
      [
        'a point on no stage',
        { ...doc, personas: [{ ...doc.personas[0]!, emotions: [{ stageId: 'nowhere', score: 1, label: '' }] }] },
      ],
      [
        'six personas',
        { ...doc, personas: Array.from({ length: 5 }, (_, i) => ({ ...doc.personas[0]!, id: `p${i}` })) },
      ],
    ];
    for (const [what, map] of bad) expect(validateDocument(map).ok, what).toBe(false);
    expect(updateMapPersona(doc, 'back', { name: 'Khách cũ' }).personas[0]!.persona.name).toBe('Khách cũ');
  });

  it('travels through the shared Yjs map and settles a persona removed while a card named it', () => {
    const doc = twoPersonas();
    const ydoc = new Y.Doc();
    writeMap(ydoc, doc);
    expect(readMap(ydoc)).toEqual(doc);
    // One person removed the persona while another said a card concerns it: the card concerns everyone.
    const merged = { ...setCardPersonas(doc, [doc.cards[0]!.id], ['back']), personas: [] };
    const settled = settleMerged(merged);
    expect(settled.cards[0]!.personas).toEqual([]);
    expect(validateDocument(settled).ok).toBe(true);
  });
});
