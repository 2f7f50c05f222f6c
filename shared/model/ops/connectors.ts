import { newId } from '../ids';
import type { JourneyMap } from '../types';
import { EditError } from './errors';

/** Links two cards; linking the same pair twice is a no-op, not a second arrow. */
export function addConnector(doc: JourneyMap, from: string, to: string, id: string = newId()): JourneyMap {
  if (from === to) throw new EditError('A connector joins two different cards.', { key: 'editErrors.selfConnector' });
  for (const end of [from, to])
    if (!doc.cards.some((c) => c.id === end))
      throw new EditError(`No card "${end}" in this map.`, { key: 'editErrors.noCard' });
  if (doc.connectors.some((c) => c.from === from && c.to === to)) return doc;
  return { ...doc, connectors: [...doc.connectors, { id, from, to }] };
}

export function deleteConnectors(doc: JourneyMap, ids: readonly string[]): JourneyMap {
  const gone = new Set(ids);
  return { ...doc, connectors: doc.connectors.filter((c) => !gone.has(c.id)) };
}
