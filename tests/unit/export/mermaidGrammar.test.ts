// @vitest-environment jsdom
// Every Mermaid export is read back by the real `mermaid` parser (it needs a DOM: jsdom).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mermaidText, toMermaid } from '../../../renderer/src/export/formats';
import { addCard } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { createMapFromTemplate } from '../../../shared/templates/createMap';

interface JourneyDb {
  getTasks(): { task: string; section: string; score: number; people: string[] }[];
  getSections(): string[];
  getDiagramTitle(): string;
}

/** Mermaid keeps display-safe text: < > & come back as entities, which is what it draws. */
const decoded = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

async function parse(text: string): Promise<JourneyDb> {
  const { default: mermaid } = await import('mermaid');
  // parse() loads the diagram types and throws on any grammar error; the diagram's database
  // then shows what Mermaid understood (title, sections, tasks).
  await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  return diagram.db as unknown as JourneyDb;
}

const NASTY = [
  'Journey map review',
  'journey',
  'Section 2 of the form',
  'section ',
  'Title transfer at the dealer',
  'title ',
  '%% x',
  '50% off',
  'a%%b',
  '#tag',
  'Giờ: 9:30',
  'a; b',
  'accTitle: x',
  'accDescr {',
  '}',
  '\n',
  '  ',
  'Đặt lịch lái thử',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 5 })
  .map((parts) => parts.join(''));

function mapWith(title: string, stageName: string, cards: { text: string; owner: string }[]): JourneyMap {
  let doc = createMapFromTemplate({ kind: 'current-state', language: 'vi', title: 'x' });
  doc = { ...doc, title, stages: doc.stages.map((s, i) => (i === 0 ? { ...s, name: stageName } : s)) };
  const lane = doc.lanes.find((l) => l.type === 'cards')!;
  cards.forEach((c, i) => {
    doc = addCard(doc, { laneId: lane.id, stageId: doc.stages[0]!.id, text: c.text, id: `c${i}` });
    doc = { ...doc, cards: doc.cards.map((card) => (card.id === `c${i}` ? { ...card, owner: c.owner } : card)) };
  });
  return doc;
}

describe('Mermaid export read by Mermaid', () => {
  it.each([['Journey map review'], ['Section 2 of the form'], ['Title transfer at the dealer'], ['%% x']])(
    'keeps a card called %j as a card',
    async (card) => {
      const db = await parse(toMermaid(mapWith('Bản đồ', 'Nhận thức', [{ text: card, owner: '' }])));
      expect(db.getDiagramTitle()).toBe('Bản đồ');
      expect(db.getTasks().map((t) => t.task)).toEqual([mermaidText(card)]);
      expect(db.getTasks()[0]!.task.replace('\u2060', '')).toMatch(/^(Journey|Section|Title|％％)/);
    },
  );

  it('parses every export with the title, every stage and every card in place', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        text,
        fc.array(fc.record({ text, owner: text }), { maxLength: 4 }),
        async (t, s, cards) => {
          const doc = mapWith(t.trim() || 'x', s.trim() || 'x', cards);
          const db = await parse(toMermaid(doc));
          expect(decoded(db.getDiagramTitle()).trim()).toBe(mermaidText(doc.title).trim());
          expect(db.getSections().length).toBe(doc.stages.length);
          const tasks = db.getTasks();
          expect(tasks.map((x) => decoded(x.task).trim())).toEqual(doc.cards.map((c) => mermaidText(c.text)));
          expect(tasks.every((x) => x.score >= 1 && x.score <= 5)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);
});
