import type { JourneyMap } from '../types';
import { EditError } from './errors';

export function renameMap(doc: JourneyMap, title: string): JourneyMap {
  const t = title.trim();
  if (!t) throw new EditError('A map needs a title.');
  return { ...doc, title: t };
}
