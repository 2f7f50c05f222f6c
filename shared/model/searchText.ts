import type { JourneyMap } from './types';

/** What library search looks through besides the title: everything a person wrote on the map. */
export function searchText(doc: JourneyMap): string {
  return [
    doc.scenario,
    doc.persona.name,
    ...doc.stages.map((s) => s.name),
    ...doc.lanes.map((l) => l.name),
    ...doc.cards.flatMap((c) => [c.text, c.owner]),
    ...doc.emotions.map((e) => e.label),
  ]
    .filter(Boolean)
    .join('\n');
}
