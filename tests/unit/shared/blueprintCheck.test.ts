import { describe, expect, it } from 'vitest';
import { blueprintCheck } from '../../../shared/model/blueprintCheck';
import { addCard, addConnector, updateCards } from '../../../shared/model/operations';
import { createMapFromTemplate } from '../../../shared/templates/createMap';

function blueprint() {
  let doc = createMapFromTemplate({ kind: 'service-blueprint', language: 'en' });
  const lane = (type: string) => doc.lanes.find((l) => l.cardType === type)!.id;
  const [s1, s2, s3] = doc.stages;
  doc = addCard(doc, { laneId: lane('action'), stageId: s1!.id, id: 'book', text: 'Books online' });
  doc = addCard(doc, { laneId: lane('action'), stageId: s2!.id, id: 'arrive', text: 'Arrives' });
  doc = addCard(doc, { laneId: lane('action'), stageId: s3!.id, id: 'pay', text: 'Pays' });
  doc = addCard(doc, { laneId: lane('frontstage'), stageId: s2!.id, id: 'greet', text: 'Receptionist greets' });
  doc = addCard(doc, { laneId: lane('backstage'), stageId: s1!.id, id: 'confirm', text: 'Confirms slot' });
  doc = addCard(doc, { laneId: lane('support'), stageId: s3!.id, id: 'pos', text: 'Payment terminal' });
  doc = updateCards(doc, ['greet'], { owner: 'Front desk' });
  return doc;
}

describe('blueprint check', () => {
  it('flags customer actions with no frontstage or backstage step, and service steps without an owner', () => {
    const findings = blueprintCheck(blueprint());
    expect(findings.map((f) => `${f.cardId}:${f.problem}`).sort()).toEqual([
      'confirm:no-owner',
      'pay:unsupported-action',
      'pos:no-owner',
    ]);
    expect(findings.find((f) => f.cardId === 'pay')!.excerpt).toBe('Pays');
  });

  it('counts a connector to a backstage step in another stage as support', () => {
    const doc = addConnector(blueprint(), 'pay', 'confirm');
    expect(blueprintCheck(doc).some((f) => f.cardId === 'pay')).toBe(false);
  });

  it('finds nothing on an empty blueprint', () => {
    expect(blueprintCheck(createMapFromTemplate({ kind: 'service-blueprint', language: 'vi' }))).toEqual([]);
  });
});
