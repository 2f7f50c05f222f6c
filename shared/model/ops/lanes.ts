import type { CardType, LaneType } from '../constants';
import { newId } from '../ids';
import type { JourneyMap } from '../types';
import { placeBlueprintLines } from './blueprintLines';
import { forgetCards } from './cards';
import { EditError } from './errors';

function laneIndex(doc: JourneyMap, id: string): number {
  const i = doc.lanes.findIndex((l) => l.id === id);
  if (i < 0) throw new EditError(`No lane "${id}" in this map.`, { key: 'editErrors.noLane' });
  return i;
}

export interface NewLane {
  index?: number;
  name: string;
  type?: Exclude<LaneType, 'line'>;
  cardType?: CardType;
  id?: string;
}

export function addLane(
  doc: JourneyMap,
  { index, name, type = 'cards', cardType = 'note', id = newId() }: NewLane,
): JourneyMap {
  if (type === 'metrics' && doc.lanes.some((l) => l.type === 'metrics'))
    throw new EditError('This map already has a metrics lane.', { key: 'editErrors.oneMetricsLane' });
  if (type === 'emotion' && doc.lanes.some((l) => l.type === 'emotion'))
    throw new EditError('This map already has an emotion lane.', { key: 'editErrors.oneEmotionLane' });
  const at = Math.max(0, Math.min(index ?? doc.lanes.length, doc.lanes.length));
  const lanes = [...doc.lanes];
  lanes.splice(at, 0, {
    id,
    name: name.trim() || '…',
    type,
    cardType: type === 'cards' ? cardType : null,
    line: null,
    hidden: false,
  });
  return { ...doc, lanes: placeBlueprintLines(lanes) };
}

export function renameLane(doc: JourneyMap, id: string, name: string): JourneyMap {
  laneIndex(doc, id);
  const n = name.trim();
  if (!n) throw new EditError('A lane needs a name.', { key: 'editErrors.laneName' });
  return { ...doc, lanes: doc.lanes.map((l) => (l.id === id ? { ...l, name: n } : l)) };
}

export function moveLane(doc: JourneyMap, id: string, toIndex: number): JourneyMap {
  const from = laneIndex(doc, id);
  const lanes = [...doc.lanes];
  const [lane] = lanes.splice(from, 1);
  lanes.splice(Math.max(0, Math.min(toIndex, lanes.length)), 0, lane!);
  return { ...doc, lanes: placeBlueprintLines(lanes) };
}

export function setLaneHidden(doc: JourneyMap, id: string, hidden: boolean): JourneyMap {
  laneIndex(doc, id);
  return { ...doc, lanes: doc.lanes.map((l) => (l.id === id ? { ...l, hidden } : l)) };
}

/** Deletes a lane with its cards (and their connectors); an emotion lane takes its points along. */
export function deleteLane(doc: JourneyMap, id: string): JourneyMap {
  const lane = doc.lanes[laneIndex(doc, id)]!;
  if (doc.lanes.length === 1) throw new EditError('A map needs at least one lane.', { key: 'editErrors.lastLane' });
  const gone = new Set(doc.cards.filter((c) => c.laneId === id).map((c) => c.id));
  return {
    ...forgetCards(doc, gone),
    lanes: doc.lanes.filter((l) => l.id !== id),
    emotions: lane.type === 'emotion' ? [] : doc.emotions,
    personas: lane.type === 'emotion' ? doc.personas.map((p) => ({ ...p, emotions: [] })) : doc.personas,
  };
}
