import { describe, expect, it } from 'vitest';
import { addLane, moveLane } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { createMapFromTemplate } from '../../../shared/templates/createMap';

const blueprint = (): JourneyMap => createMapFromTemplate({ kind: 'service-blueprint', language: 'en' });
const names = (doc: JourneyMap) => doc.lanes.map((l) => (l.type === 'line' ? `--${l.line}--` : l.name));
const at = (doc: JourneyMap, name: string) => doc.lanes.findIndex((l) => l.name === name);

describe('blueprint lines stay between the lanes they separate', () => {
  it('a frontstage lane moved above the customer actions takes the line of interaction with it', () => {
    const doc = blueprint();
    const moved = moveLane(doc, doc.lanes[at(doc, 'Frontstage actions')]!.id, 0);
    expect(names(moved)).toEqual([
      'Frontstage actions',
      'Physical / digital evidence',
      'Customer actions',
      '--interaction--',
      '--visibility--',
      'Backstage actions',
      '--internal-interaction--',
      'Support processes',
    ]);
  });

  it('support moved to the top: the internal-interaction line follows the backstage lane', () => {
    const doc = blueprint();
    const moved = moveLane(doc, doc.lanes[at(doc, 'Support processes')]!.id, 0);
    const n = names(moved);
    expect(n.indexOf('--internal-interaction--')).toBe(n.indexOf('Backstage actions') + 1);
    expect(n.indexOf('--interaction--')).toBe(n.indexOf('Customer actions') + 1);
    expect(n.indexOf('--visibility--')).toBe(n.indexOf('Frontstage actions') + 1);
  });

  it('a lane added between two lines keeps its side, and evidence reordered leaves the lines alone', () => {
    let doc = blueprint();
    doc = addLane(doc, { index: at(doc, 'Frontstage actions'), name: 'Chatbot' });
    expect(names(doc).slice(2, 5)).toEqual(['--interaction--', 'Chatbot', 'Frontstage actions']);
    doc = moveLane(doc, doc.lanes[0]!.id, 1);
    expect(names(doc).slice(0, 3)).toEqual(['Customer actions', 'Physical / digital evidence', '--interaction--']);
  });

  it('a line dragged to the wrong place snaps back between its lanes', () => {
    const doc = blueprint();
    const line = doc.lanes.find((l) => l.line === 'visibility')!;
    expect(names(moveLane(doc, line.id, 0))).toEqual(names(doc));
  });
});
