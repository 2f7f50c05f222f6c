import type { BlueprintLine, CardType, LaneType, MapKind } from '../model/constants';
import type { Localized } from './labels';

export interface LaneTemplate {
  name: Localized;
  type: LaneType;
  cardType: CardType | null;
  line: BlueprintLine | null;
}

const cards = (cardType: CardType, en: string, vi: string): LaneTemplate => ({
  name: { en, vi },
  type: 'cards',
  cardType,
  line: null,
});
const emotion: LaneTemplate = {
  name: { en: 'Emotions', vi: 'Cảm xúc' },
  type: 'emotion',
  cardType: null,
  line: null,
};
const line = (kind: BlueprintLine, en: string, vi: string): LaneTemplate => ({
  name: { en, vi },
  type: 'line',
  cardType: null,
  line: kind,
});

const CURRENT_STATE: readonly LaneTemplate[] = [
  cards('action', 'Actions', 'Hành động'),
  cards('touchpoint', 'Touchpoints & channels', 'Điểm chạm & kênh'),
  cards('thought', 'Thoughts', 'Suy nghĩ'),
  emotion,
  cards('pain-point', 'Pain points', 'Điểm đau'),
  cards('opportunity', 'Opportunities', 'Cơ hội'),
];

/** Canonical lanes per kind, top to bottom (PRODUCT.md; NN/g; Bitner, Ostrom & Morgan 2008). */
export const LANE_TEMPLATES: Readonly<Record<MapKind, readonly LaneTemplate[]>> = {
  'current-state': CURRENT_STATE,
  'future-state': [...CURRENT_STATE, cards('opportunity', 'Ideas / changes', 'Ý tưởng / thay đổi')],
  'day-in-the-life': [
    cards('action', 'Activities', 'Hoạt động'),
    cards('note', 'Context / place', 'Bối cảnh / địa điểm'),
    cards('thought', 'Thoughts', 'Suy nghĩ'),
    emotion,
    cards('touchpoint', 'Other providers used', 'Nhà cung cấp khác'),
    cards('pain-point', 'Unmet needs', 'Nhu cầu chưa được đáp ứng'),
  ],
  'service-blueprint': [
    cards('evidence', 'Physical / digital evidence', 'Bằng chứng hữu hình / số'),
    cards('action', 'Customer actions', 'Hành động của khách hàng'),
    line('interaction', 'Line of interaction', 'Ranh giới tương tác'),
    cards('frontstage', 'Frontstage actions', 'Hoạt động tiền cảnh'),
    line('visibility', 'Line of visibility', 'Ranh giới hữu hình'),
    cards('backstage', 'Backstage actions', 'Hoạt động hậu cảnh'),
    line('internal-interaction', 'Line of internal interaction', 'Ranh giới tương tác nội bộ'),
    cards('support', 'Support processes', 'Quy trình hỗ trợ'),
  ],
};
