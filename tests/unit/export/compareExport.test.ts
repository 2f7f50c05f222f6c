import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDisplayList, type CompareMarks } from '../../../renderer/src/export/displayList';
import { fontMetrics } from '../../../renderer/src/export/fontMetrics';
import { toFitPdf } from '../../../renderer/src/export/toPdf';
import { toSvg } from '../../../renderer/src/export/toSvg';
import { compareMaps, overlayMap } from '../../../shared/model/compareMaps';
import { deriveFutureState } from '../../../shared/templates/deriveFutureState';
import { addCard, updateCard } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { createExampleMap } from '../../../shared/templates/examples';
import { exportFonts } from '../../helpers/exportFonts';
import { comparePdfPage } from '../../helpers/pdfReference';

const OUT = join(import.meta.dirname, '..', '..', '..', 'test-results', 'exports');
mkdirSync(OUT, { recursive: true });
const fonts = exportFonts();
const metrics = fontMetrics(fonts);
const date = new Date('2026-11-23T10:00:00Z');

/** A current state and a future state with one rewrite, one removal, one addition and a happier stage 4. */
function pair(id: string): { current: JourneyMap; future: JourneyMap } {
  const current = createExampleMap(id, date)!;
  let future = deriveFutureState(current, date);
  const [first, second] = future.cards;
  future = updateCard(future, first!.id, { text: 'Sees owners’ real running costs in a short video' });
  future = { ...future, cards: future.cards.filter((c) => c.id !== second!.id) };
  const lane = future.lanes.find((l) => l.type === 'cards')!;
  future = updateCard(addCard(future, { laneId: lane.id, stageId: future.stages[3]!.id, id: 'new-idea' }), 'new-idea', {
    text: 'A fixed delivery slot chosen online',
  });
  future = { ...future, emotions: future.emotions.map((e, i) => (i === 3 ? { ...e, score: 2 } : e)) };
  return { current, future };
}

function compareList(current: JourneyMap, future: JourneyMap) {
  const result = compareMaps(current, future);
  const { doc, marks } = overlayMap(current, future, result);
  const compare: CompareMarks = {
    marks,
    before: new Map(current.emotions.map((e) => [e.stageId, e.score])),
    against: current.title,
    counts: result.counts,
  };
  return { doc, list: buildDisplayList(doc, metrics, { date, compare }), result };
}

describe('comparison export', () => {
  it('marks only the changed cards, keeps removed ones as ghosts, and draws both emotion curves', async () => {
    const { current, future } = pair('tesla');
    const { doc, list, result } = compareList(current, future);
    expect(result.counts).toMatchObject({ added: 1, changed: 1, removed: 1 });
    // The removed card is back, where it was.
    expect(doc.cards).toHaveLength(future.cards.length + 1);
    const svg = toSvg(list, { title: doc.title });
    // One chip per change; unchanged cards keep their evidence chip.
    const chips = (label: string) => (svg.match(new RegExp(`>${label}</text>`, 'g')) ?? []).length;
    expect(chips('Added')).toBe(1);
    expect(chips('Changed')).toBe(1);
    expect(chips('Removed')).toBe(1);
    // A future state's cards are proposed (none carries "Observed" over from the current state).
    expect(chips('Proposed')).toBeGreaterThan(20);
    // Two curves: the future one solid, the current one dashed.
    expect(svg.match(/<path [^>]*stroke="#8a94a6"[^>]*stroke-dasharray/g)).toHaveLength(1);
    expect(svg.match(/<path [^>]*stroke="#d97706"/g)!.length).toBeGreaterThanOrEqual(1);

    const file = join(OUT, 'compare-fit-a3-tesla.pdf');
    writeFileSync(file, await toFitPdf(list, fonts, doc.title, { paper: 'a3', orientation: 'landscape' }));
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`compared with “${current.title}”`);
    expect(text).toContain('1 added');
    expect(text).toContain('Sees owners’ real running costs');
    const { diff, size } = comparePdfPage(file, 'compare-fit-a3-tesla');
    expect(diff / size).toBeLessThan(0.002);
  });

  it('speaks the map’s language: a Vietnamese comparison is marked in Vietnamese', () => {
    const { current, future } = pair('shopee-retail');
    const { list } = compareList(current, future);
    const svg = toSvg(list, { title: future.title });
    expect(svg).toContain('>Thêm mới</text>');
    expect(svg).toContain('>Đã bỏ</text>');
    expect(svg).toContain('so với “');
  });
});
