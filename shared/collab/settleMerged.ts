import { MAIN_PERSONA } from '../model/constants';
import type { JourneyMap } from '../model/types';

/**
 * Makes a merged document whole again. Two people's edits can each be valid and still meet badly:
 * one deletes a stage while the other adds a card to it, both join the same two cards. Every peer
 * applies the same rules to the same merged state, so all of them settle on the same document:
 * - a card, question, emotion point or metric of a stage or lane that is gone goes with it
 *   (the deletion wins, as it would have had it come second);
 * - a card's span is cut to the stages left; citations of deleted sources are dropped, and so
 *   are personas no longer on the map (a card left naming none concerns them all), and a
 *   step no longer in the card's stage (the card belongs to the whole stage);
 * - a connector to a card that is gone goes; of two joining the same cards, the smaller id stays;
 * - a dot or comment on a card that is gone goes, and so does the card in an opportunity;
 * - when deletions by several people leave no stage (or no lane of cards), one empty one comes
 *   back, with the same id on every peer, so the map stays a map.
 * Returns the document itself when nothing needed settling.
 */
export function settleMerged(merged: JourneyMap): JourneyMap {
  const doc = keepOneStageAndLane(merged);
  const stageIndex = new Map(doc.stages.map((s, i) => [s.id, i]));
  const cardLanes = new Set(doc.lanes.filter((l) => l.type === 'cards').map((l) => l.id));
  const sources = new Set(doc.sources.map((s) => s.id));
  const personas = new Set([MAIN_PERSONA, ...doc.personas.map((p) => p.id)]);
  const steps = new Map(doc.stages.map((s) => [s.id, new Set(s.steps.map((t) => t.id))]));
  const opportunityIds = new Set(doc.opportunities.map((o) => o.id));
  let changed = false;
  const keep = <T>(list: readonly T[], ok: (item: T) => boolean): readonly T[] => {
    const kept = list.filter(ok);
    if (kept.length !== list.length) changed = true;
    return kept.length === list.length ? list : kept;
  };
  const cards = keep(doc.cards, (c) => stageIndex.has(c.stageId) && cardLanes.has(c.laneId)).map((c) => {
    const room = doc.stages.length - stageIndex.get(c.stageId)!;
    const cited = c.sourceIds.filter((s) => sources.has(s));
    const concerns = c.personas.filter((p) => personas.has(p));
    // A card in a step deleted (or moved away) meanwhile goes back to its whole stage.
    const stepId = c.stepId !== null && steps.get(c.stageId)?.has(c.stepId) && c.stageSpan === 1 ? c.stepId : null;
    // A card realising an opportunity someone deleted meanwhile realises none.
    const realises = c.realises !== null && opportunityIds.has(c.realises) ? c.realises : null;
    if (
      realises === c.realises &&
      c.stageSpan <= room &&
      cited.length === c.sourceIds.length &&
      concerns.length === c.personas.length &&
      stepId === c.stepId
    )
      return c;
    changed = true;
    return { ...c, stageSpan: Math.min(c.stageSpan, room), sourceIds: cited, personas: concerns, stepId, realises };
  });
  const cardIds = new Set(cards.map((c) => c.id));
  const pairs = new Map<string, string>();
  for (const c of doc.connectors) {
    const pair = `${c.from}→${c.to}`;
    if (!pairs.has(pair) || c.id < pairs.get(pair)!) pairs.set(pair, c.id);
  }
  const connectors = keep(
    doc.connectors,
    (c) => cardIds.has(c.from) && cardIds.has(c.to) && c.from !== c.to && pairs.get(`${c.from}→${c.to}`) === c.id,
  );
  const emotions = keep(doc.emotions, (e) => stageIndex.has(e.stageId));
  const curves = doc.personas.map((p) => {
    const points = keep(p.emotions, (e) => stageIndex.has(e.stageId));
    return points === p.emotions ? p : { ...p, emotions: [...points] };
  });
  const questions = keep(doc.questions, (q) => stageIndex.has(q.stageId));
  const records = keep(doc.metrics.records, (r) => stageIndex.has(r.stageId));
  const opportunityIdsLeft = new Set(doc.opportunities.map((o) => o.id));
  const votes = keep(doc.votes, (v) => cardIds.has(v.cardId) || opportunityIdsLeft.has(v.cardId));
  const comments = keep(doc.comments, (c) => cardIds.has(c.cardId));
  const opportunities = doc.opportunities.map((o) => {
    const addressed = keep(o.cardIds, (c) => cardIds.has(c));
    return addressed === o.cardIds ? o : { ...o, cardIds: [...addressed] };
  });
  if (!changed) return doc;
  return {
    ...doc,
    cards: [...cards],
    connectors: [...connectors],
    emotions: [...emotions],
    personas: curves,
    questions: [...questions],
    votes: [...votes],
    comments: [...comments],
    opportunities,
    metrics: records === doc.metrics.records ? doc.metrics : { ...doc.metrics, records: [...records] },
  };
}

const RESTORED = {
  stage: { en: 'Stage 1', vi: 'Giai đoạn 1' },
  lane: { en: 'Notes', vi: 'Ghi chú' },
} as const;

function keepOneStageAndLane(doc: JourneyMap): JourneyMap {
  const noStage = doc.stages.length === 0;
  const noLane = !doc.lanes.some((l) => l.type === 'cards');
  if (!noStage && !noLane) return doc;
  return {
    ...doc,
    stages: noStage
      ? [{ id: 'restored-stage', name: RESTORED.stage[doc.language], width: null, detail: null, steps: [] }]
      : doc.stages,
    lanes: noLane
      ? [
          ...doc.lanes,
          {
            id: 'restored-lane',
            name: RESTORED.lane[doc.language],
            type: 'cards',
            cardType: 'note',
            line: null,
            hidden: false,
          },
        ]
      : doc.lanes,
  };
}
