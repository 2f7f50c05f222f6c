import type { JourneyMap } from '../model/types';
import type { CellBox, MapLayout } from './computeLayout';
import type { Point } from './curve';

/**
 * The card cell under a canvas point, if any, with the step of its stage under the point (null:
 * the stage has no steps, the card belongs to the whole stage).
 */
export function cellAt(layout: MapLayout, p: Point): (CellBox & { stepId: string | null }) | null {
  const cell = layout.cells.find((c) => p.x >= c.x && p.x < c.x + c.width && p.y >= c.y && p.y < c.y + c.height);
  if (!cell) return null;
  const steps = layout.stages.find((s) => s.id === cell.stageId)?.steps ?? [];
  const step = steps.find((t) => p.x < t.x + t.width) ?? steps[steps.length - 1];
  return { ...cell, stepId: step?.id ?? null };
}

/**
 * Where a card dropped at height y lands among a cell's cards: before the first card whose
 * middle is below y. Cards being moved are left out, as they leave their old place.
 */
export function insertionIndex(
  doc: JourneyMap,
  layout: MapLayout,
  cell: Pick<CellBox, 'laneId' | 'stageId'> & { stepId?: string | null },
  y: number,
  moving: ReadonlySet<string> = new Set(),
): number {
  const boxes = new Map(layout.cards.map((b) => [b.id, b]));
  const siblings = doc.cards
    .filter((c) => c.laneId === cell.laneId && c.stageId === cell.stageId && !moving.has(c.id))
    .sort((a, b) => a.order - b.order);
  // In a step, the place among that step's cards, counted in the cell's one order.
  const step = cell.stepId ?? null;
  const same = (c: (typeof siblings)[number]) => step === null || c.stepId === step;
  const i = siblings.findIndex((c) => {
    const b = boxes.get(c.id);
    return same(c) && b !== undefined && y < b.y + b.height / 2;
  });
  if (i >= 0) return i;
  const last = siblings.findLastIndex(same);
  return step === null || last < 0 ? siblings.length : last + 1;
}

/** The stage column under x (clamped to the first and last stage). */
export function stageIndexAt(layout: MapLayout, x: number): number {
  const i = layout.stages.findIndex((s) => x < s.x + s.width);
  return i < 0 ? layout.stages.length - 1 : Math.max(0, i);
}

/** The lane row under y (clamped). */
export function laneIndexAt(layout: MapLayout, y: number): number {
  const i = layout.lanes.findIndex((l) => y < l.y + l.height);
  return i < 0 ? layout.lanes.length - 1 : Math.max(0, i);
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The nearest card from `id` in a direction, for arrow-key navigation between cards. */
export function neighbourCard(layout: MapLayout, id: string, direction: Direction): string | null {
  const from = layout.cards.find((c) => c.id === id);
  if (!from) return null;
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  let best: { id: string; score: number } | null = null;
  for (const c of layout.cards) {
    if (c.id === id) continue;
    const dx = c.x + c.width / 2 - cx;
    const dy = c.y + c.height / 2 - cy;
    const ahead =
      direction === 'right' ? dx > 1 : direction === 'left' ? dx < -1 : direction === 'down' ? dy > 1 : dy < -1;
    if (!ahead) continue;
    // Prefer cards straight ahead: sideways distance costs more than distance ahead.
    const along = direction === 'left' || direction === 'right' ? Math.abs(dx) : Math.abs(dy);
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    const score = along + 3 * across;
    if (!best || score < best.score) best = { id: c.id, score };
  }
  return best?.id ?? null;
}
