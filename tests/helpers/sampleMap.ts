import { addCard, setEmotion } from '../../shared/model/operations';
import type { JourneyMap } from '../../shared/model/types';
import { createMapFromTemplate } from '../../shared/templates/createMap';
import type { MapKind } from '../../shared/model/constants';

/** A template map with a few cards, an emotion point and a connector: valid by construction. */
export function sampleMap(kind: MapKind = 'current-state'): JourneyMap {
  let doc = createMapFromTemplate({ kind, language: 'vi', now: new Date('2026-01-02T03:04:05.000Z') });
  const cardLanes = doc.lanes.filter((l) => l.type === 'cards');
  doc = addCard(doc, {
    laneId: cardLanes[0]!.id,
    stageId: doc.stages[0]!.id,
    text: 'Thấy quảng cáo trên TikTok',
    id: 'c1',
  });
  doc = addCard(doc, { laneId: cardLanes[0]!.id, stageId: doc.stages[0]!.id, text: 'Hỏi bạn bè', id: 'c2' });
  doc = addCard(doc, {
    laneId: cardLanes[1]!.id,
    stageId: doc.stages[1]!.id,
    text: 'Đọc đánh giá trên Shopee',
    id: 'c3',
  });
  if (doc.lanes.some((l) => l.type === 'emotion')) doc = setEmotion(doc, doc.stages[0]!.id, 2, 'Tò mò');
  return { ...doc, connectors: [{ id: 'k1', from: 'c1', to: 'c3' }] };
}
