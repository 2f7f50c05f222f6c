import { LANE_TEMPLATES } from './lanes';
import { newId } from '../model/ids';
import type { JourneyMap } from '../model/types';

const FUTURE_SUFFIX = { en: 'future state', vi: 'tương lai' } as const;

/**
 * A future-state map made from a current-state map: the same stages and lanes (same ids, so the
 * two line up in the compare view), every card copied with its lineage, the emotion curve as a
 * starting point, plus the future-state template's lanes the source lacks ("Ideas / changes").
 * A card marked with evidence is marked "proposed": nothing in a future state has been observed.
 * The backlog comes along (its cards the copies); the room's dots and comments do not.
 */
export function deriveFutureState(source: JourneyMap, now: Date): JourneyMap {
  const stamp = now.toISOString();
  const lang = source.language;
  const laneNames = new Set(source.lanes.map((l) => l.name));
  const extraLanes = LANE_TEMPLATES['future-state']
    .filter((t) => t.type === 'cards' && !LANE_TEMPLATES['current-state'].some((c) => c.name.en === t.name.en))
    .filter((t) => !laneNames.has(t.name[lang]))
    .map((t) => ({ id: newId(), name: t.name[lang], type: t.type, cardType: t.cardType, line: t.line, hidden: false }));
  const ids = new Map(source.cards.map((c) => [c.id, newId()]));
  return {
    ...source,
    id: newId(),
    kind: 'future-state',
    title: `${source.title} — ${FUTURE_SUFFIX[lang]}`.slice(0, 200),
    derivedFrom: { mapId: source.id, title: source.title },
    lanes: [...source.lanes.map((l) => ({ ...l })), ...extraLanes],
    // What the future holds is proposed, not observed: a copied card's evidence is never carried over.
    cards: source.cards.map((c) => ({
      ...c,
      id: ids.get(c.id)!,
      sourceCardId: c.id,
      evidence: c.evidence === null ? null : ('proposed' as const),
    })),
    connectors: source.connectors.map((c) => ({ id: newId(), from: ids.get(c.from)!, to: ids.get(c.to)! })),
    // The backlog is what the future state is designed from: it comes along, addressing the copies.
    opportunities: source.opportunities.map((o) => ({ ...o, cardIds: o.cardIds.map((c) => ids.get(c)!) })),
    // The room's dots and comments were said about the current state: they stay with it.
    votes: [],
    comments: [],
    emotions: source.emotions.map((e) => ({ ...e })),
    stages: source.stages.map((s) => ({ ...s })),
    createdAt: stamp,
    updatedAt: stamp,
  };
}
