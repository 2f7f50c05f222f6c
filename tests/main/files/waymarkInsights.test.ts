import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable';
import { createInvoker } from '../../../electron/main/ipc/invoker';
import { createLibraryServices } from '../../../electron/main/library/services';
import { exportMap } from '../../../renderer/src/export/exportMap';
import { buildApi } from '../../../shared/ipc/api';
import { blankInsight } from '../../../shared/model/insight';
import { addCard, addOpportunity, citeInsights, updateOpportunity } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { stubFileServices, type DialogAnswers } from '../../helpers/fileStubs';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

/** A library wired to the real handler table, as the window reaches it. */
function app() {
  const library = createLibraryServices(tempDir());
  const answers: DialogAnswers = { saveDir: tempDir(), importPath: null, saved: [] };
  const invoke = createInvoker(createHandlerTable({ library, files: stubFileServices(answers) }), () => true);
  const api = buildApi((channel, request) =>
    invoke({ url: 'app://waymark/index.html', isMainFrame: true }, channel, request),
  );
  return { library, api, answers };
}

/** A map whose two cards cite two insights of the library, with an opportunity scored. */
function researchedMap(target: ReturnType<typeof app>): JourneyMap {
  const { library } = target;
  const [a, b] = library.insights.createMany([
    { ...blankInsight('Không có thời gian so sánh giá'), who: 'P3' },
    { ...blankInsight('38% bỏ giỏ hàng'), kind: 'figure', source: 'analytics' },
  ]).ids as [string, string];
  const made = library.maps.create({ kind: 'current-state', language: 'vi', title: 'Nghiên cứu' });
  let doc = made.document;
  const cell = { laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id };
  doc = addCard(doc, { ...cell, id: 'one', type: 'pain-point', text: 'So sánh giá mất thời gian' });
  doc = addCard(doc, { ...cell, id: 'two', type: 'pain-point', text: 'Bỏ giỏ hàng' });
  doc = citeInsights(doc, ['one'], [a]);
  doc = citeInsights(doc, ['two'], [a, b]);
  doc = addOpportunity(doc, {
    id: 'o',
    title: 'So sánh giá ngay trong app',
    cardIds: ['one'],
    createdAt: doc.updatedAt,
  });
  doc = updateOpportunity(doc, 'o', { customerValue: 5, effort: 2 });
  library.maps.save(doc, made.revision);
  return library.maps.load(doc.id).document;
}

async function importFile(target: ReturnType<typeof app>, path: string) {
  target.answers.importPath = path;
  return target.api.maps.import({});
}

describe('a .waymark file carries the research its cards cite', () => {
  it('exports the cited insights and imports them into another library, merging those it already has', async () => {
    const source = app();
    const doc = researchedMap(source);
    await exportMap(source.api, doc, 'json');
    const file = source.answers.saved[0]!;
    const written = JSON.parse(readFileSync(file, 'utf8')) as { insights: { text: string; cardCount?: number }[] };
    expect(written.insights.map((i) => i.text)).toEqual(['Không có thời gian so sánh giá', '38% bỏ giỏ hàng']);
    expect(written.insights[0]).not.toHaveProperty('cardCount');

    // The other library already has one of the two (same words, kind, source, person, date).
    const target = app();
    const had = target.library.insights.create({ ...blankInsight('Không có thời gian so sánh giá'), who: 'P3' });
    const result = await importFile(target, file);
    if (!result.ok || !('imported' in result.value)) throw new Error(`import failed: ${JSON.stringify(result)}`);
    const page = target.library.insights.list({ query: '', source: null, limit: 10, offset: 0 });
    expect(page.total).toBe(2);
    const imported = target.library.maps.load(result.value.imported.id).document;
    const figure = page.items.find((i) => i.kind === 'figure')!;
    expect(imported.cards.map((c) => c.insights)).toEqual([[had.insight.id], [had.insight.id, figure.id]]);
    expect(target.library.insights.get(had.insight.id).cardCount).toBe(2);
    // The backlog came with the map.
    expect(imported.opportunities).toEqual([
      expect.objectContaining({ title: 'So sánh giá ngay trong app', effort: 2 }),
    ]);
    expect(target.library.insights.backlog().map((e) => e.opportunity.title)).toEqual(['So sánh giá ngay trong app']);

    // Imported again: nothing new in the library's insights.
    await importFile(target, file);
    expect(target.library.insights.list({ query: '', source: null, limit: 10, offset: 0 }).total).toBe(2);
  });

  it('drops a citation the file neither carries nor the library has, and keeps one the library has', async () => {
    const source = app();
    const doc = researchedMap(source);
    const path = join(tempDir(), 'bare.waymark');
    const kept = source.library.insights.list({ query: 'bo gio', source: null, limit: 1, offset: 0 }).items[0]!;
    // An older file (no insights carried), imported back into the library it came from and into another.
    writeFileSync(path, JSON.stringify(doc));
    const home = await importFile(source, path);
    if (!home.ok || !('imported' in home.value)) throw new Error('import failed');
    expect(source.library.maps.load(home.value.imported.id).document.cards[1]!.insights).toContain(kept.id);
    const elsewhere = app();
    const away = await importFile(elsewhere, path);
    if (!away.ok || !('imported' in away.value)) throw new Error('import failed');
    expect(elsewhere.library.maps.load(away.value.imported.id).document.cards.map((c) => c.insights)).toEqual([[], []]);
  });

  it('refuses a file whose insights are malformed, bad or too many, and stores nothing', async () => {
    const good = JSON.parse(JSON.stringify(researchedMap(app()))) as JourneyMap;
    const insight = { id: 'x', ...blankInsight('Fine') };
    const cases: [string, unknown, string][] = [
      ['not a list', { ...good, insights: { x: 1 } }, 'errors.badInsights'],
      [
        'a script link',
        { ...good, insights: [insight, { ...insight, id: 'y', link: 'javascript:alert(1)' }] },
        'errors.badInsight',
      ],
      ['no words', { ...good, insights: [{ ...insight, text: '  ' }] }, 'errors.badInsight'],
      ['an unknown field', { ...good, insights: [{ ...insight, html: '<b>' }] }, 'errors.badInsight'],
      [
        'too many',
        { ...good, insights: Array.from({ length: 5001 }, (_, i) => ({ ...insight, id: `i${i}` })) },
        'errors.tooManyCarriedInsights',
      ],
    ];
    for (const [what, content, key] of cases) {
      const target = app();
      const path = join(tempDir(), 'bad.waymark');
      writeFileSync(path, JSON.stringify(content));
      const result = await importFile(target, path);
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(result.error.i18n?.key, what).toBe(key);
      expect(target.library.maps.list(), what).toEqual([]);
      expect(target.library.insights.list({ query: '', source: null, limit: 1, offset: 0 }).total, what).toBe(0);
      target.library.close();
    }
  });
});
