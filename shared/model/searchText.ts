import type { JourneyMap } from './types';

/** What library search looks through besides the title: everything a person wrote on the map. */
export function searchText(doc: JourneyMap): string {
  return [
    doc.scenario,
    doc.persona.name,
    ...doc.stages.map((s) => s.name),
    ...doc.lanes.map((l) => l.name),
    ...doc.cards.flatMap((c) => [c.text, c.owner, ...c.tags]),
    ...doc.emotions.map((e) => e.label),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * What the search index and the query hold: đ/Đ folded to d/D. SQLite's unicode61 tokenizer
 * strips accents (ư → u, ặ → a) but đ is a letter of its own, not d with a mark, so without
 * this "dat lich" would not find "Đặt lịch". Index and query go through the same fold.
 */
export function foldForSearch(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Text compared without case or accents ("Khảo sát" is "khao sat"), đ included: for matching words a person typed. */
export function foldAccents(text: string): string {
  return foldForSearch(text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase().trim();
}
