import type {
  CardType,
  Channel,
  EvidenceStatus,
  InsightKind,
  InsightSource,
  Language,
  MapKind,
  OpportunityScore,
  OpportunityStatus,
  Provider,
} from '../model/constants';

import { dayText } from '../model/dayText';

export type Localized = Readonly<Record<Language, string>>;

export const KIND_LABELS: Readonly<Record<MapKind, Localized>> = {
  'current-state': { en: 'Current-state map', vi: 'Bản đồ hiện trạng' },
  'future-state': { en: 'Future-state map', vi: 'Bản đồ tương lai' },
  'day-in-the-life': { en: 'Day-in-the-life map', vi: 'Bản đồ một ngày của khách hàng' },
  'service-blueprint': { en: 'Service blueprint', vi: 'Sơ đồ thiết kế dịch vụ (Service Blueprint)' },
};

export const CARD_TYPE_LABELS: Readonly<Record<CardType, Localized>> = {
  touchpoint: { en: 'Touchpoint', vi: 'Điểm chạm' },
  action: { en: 'Action', vi: 'Hành động' },
  thought: { en: 'Thought', vi: 'Suy nghĩ' },
  emotion: { en: 'Emotion', vi: 'Cảm xúc' },
  'pain-point': { en: 'Pain point', vi: 'Điểm đau' },
  opportunity: { en: 'Opportunity / idea', vi: 'Cơ hội / ý tưởng' },
  evidence: { en: 'Evidence', vi: 'Bằng chứng hữu hình' },
  frontstage: { en: 'Frontstage action', vi: 'Hoạt động tiền cảnh' },
  backstage: { en: 'Backstage action', vi: 'Hoạt động hậu cảnh' },
  support: { en: 'Support process', vi: 'Quy trình hỗ trợ' },
  note: { en: 'Note', vi: 'Ghi chú' },
};

/**
 * The label in a card's own header, where width is short: the long names shortened so no card
 * reads "OPPORTUNITY / …" or "HOẠT ĐỘNG TIỀN C…" (the palette and the inspector keep the full name).
 */
export const CARD_HEAD_LABELS: Readonly<Record<CardType, Localized>> = {
  ...CARD_TYPE_LABELS,
  opportunity: { en: 'Opportunity', vi: 'Cơ hội' },
  frontstage: { en: 'Frontstage', vi: 'Tiền cảnh' },
  backstage: { en: 'Backstage', vi: 'Hậu cảnh' },
  support: { en: 'Support', vi: 'Hỗ trợ' },
};

export const EVIDENCE_LABELS: Readonly<Record<EvidenceStatus, Localized>> = {
  observed: { en: 'Observed', vi: 'Đã quan sát' },
  assumed: { en: 'Assumed', vi: 'Giả định' },
  proposed: { en: 'Proposed', vi: 'Đề xuất' },
};

/**
 * A new map's title when the person gave none: never the kind's name, which the chip beside the
 * title already shows. The editor opens it for typing.
 */
export const UNTITLED_MAP: Localized = { en: 'Untitled journey', vi: 'Hành trình chưa đặt tên' };

/** The mark of a card that is a moment of truth, on the canvas and in every export. */
export const MOMENT_LABEL: Localized = { en: 'Moment of truth', vi: 'Khoảnh khắc sự thật' };

export const CHANNEL_LABELS: Readonly<Record<Channel, Localized>> = {
  website: { en: 'Website', vi: 'Website' },
  email: { en: 'Email', vi: 'Email' },
  social: { en: 'Social media', vi: 'Mạng xã hội' },
  ads: { en: 'Ads', vi: 'Quảng cáo' },
  store: { en: 'Store / showroom', vi: 'Cửa hàng / showroom' },
  hotline: { en: 'Hotline', vi: 'Tổng đài' },
  app: { en: 'App', vi: 'Ứng dụng' },
  chat: { en: 'Chat', vi: 'Chat' },
  'zalo-oa': { en: 'Zalo OA', vi: 'Zalo OA' },
  facebook: { en: 'Facebook / Messenger', vi: 'Facebook / Messenger' },
  'tiktok-shop': { en: 'TikTok Shop', vi: 'TikTok Shop' },
  shopee: { en: 'Shopee', vi: 'Shopee' },
  lazada: { en: 'Lazada', vi: 'Lazada' },
};

export const PROVIDER_LABELS: Readonly<Record<Provider, Localized>> = {
  ours: { en: 'Our touchpoint', vi: 'Điểm chạm của chúng ta' },
  other: { en: 'Other provider', vi: 'Nhà cung cấp khác' },
};

/** Change marks in an exported comparison, in the map's language. */
export const CHANGE_LABELS: Readonly<Record<'added' | 'changed' | 'removed', Localized>> = {
  added: { en: 'Added', vi: 'Thêm mới' },
  changed: { en: 'Changed', vi: 'Đã đổi' },
  removed: { en: 'Removed', vi: 'Đã bỏ' },
};

/** A card whose evidence nobody has marked yet (new cards). */
export const NOT_MARKED_LABEL: Localized = { en: 'Not marked', vi: 'Chưa đánh dấu' };

/**
 * Words earlier versions of Waymark wrote into files (a workbook's kind line and type cells),
 * still read on import: a workbook exported before a wording review comes back whole. The
 * current words are the tables above; nothing writes these.
 */
export const FORMER_LABELS: {
  kind: Readonly<Partial<Record<MapKind, readonly string[]>>>;
  cardType: Readonly<Partial<Record<CardType, readonly string[]>>>;
} = {
  kind: {
    'day-in-the-life': ['Day-in-the-life', 'Một ngày của khách hàng'],
    'service-blueprint': ['Bản thiết kế dịch vụ'],
  },
  cardType: { evidence: ['Bằng chứng'] },
};

/** Where an insight comes from, in the interface and in exports. */
export const INSIGHT_SOURCE_LABELS: Readonly<Record<InsightSource, Localized>> = {
  interview: { en: 'Interview', vi: 'Phỏng vấn' },
  survey: { en: 'Survey', vi: 'Khảo sát' },
  analytics: { en: 'Analytics', vi: 'Số liệu phân tích' },
  support: { en: 'Support ticket', vi: 'Yêu cầu hỗ trợ' },
  other: { en: 'Other', vi: 'Khác' },
};

/** Source, person, date and tags of an insight on one line: the panel, the inspector and every export say it so. */
export function insightMeta(
  insight: { source: InsightSource; who: string; date: string; tags: readonly string[] },
  language: Language,
): string {
  return [
    INSIGHT_SOURCE_LABELS[insight.source][language],
    insight.who,
    insight.date && dayText(insight.date),
    ...insight.tags.map((t) => `#${t}`),
  ]
    .filter(Boolean)
    .join(' · ');
}

export const INSIGHT_KIND_LABELS: Readonly<Record<InsightKind, Localized>> = {
  quote: { en: 'Quote', vi: 'Trích dẫn' },
  observation: { en: 'Observation', vi: 'Quan sát' },
  figure: { en: 'Figure', vi: 'Số liệu' },
};

export const OPPORTUNITY_STATUS_LABELS: Readonly<Record<OpportunityStatus, Localized>> = {
  idea: { en: 'Idea', vi: 'Ý tưởng' },
  planned: { en: 'Planned', vi: 'Đã lên kế hoạch' },
  'in-progress': { en: 'In progress', vi: 'Đang làm' },
  done: { en: 'Done', vi: 'Đã xong' },
  dropped: { en: 'Dropped', vi: 'Bỏ' },
};

/** An opportunity's three scores, named. */
export const OPPORTUNITY_SCORE_LABELS: Readonly<Record<OpportunityScore, Localized>> = {
  customerValue: { en: 'Customer value', vi: 'Giá trị cho khách hàng' },
  businessValue: { en: 'Business value', vi: 'Giá trị cho doanh nghiệp' },
  effort: { en: 'Effort', vi: 'Công sức' },
};

const VALUE_LEVELS: readonly Localized[] = [
  { en: 'Very low', vi: 'Rất thấp' },
  { en: 'Low', vi: 'Thấp' },
  { en: 'Medium', vi: 'Trung bình' },
  { en: 'High', vi: 'Cao' },
  { en: 'Very high', vi: 'Rất cao' },
];

/** What each point of a 1–5 score means, for values and for effort (where 5 is the most work). */
export const SCORE_LEVEL_LABELS: Readonly<Record<OpportunityScore, readonly Localized[]>> = {
  customerValue: VALUE_LEVELS,
  businessValue: VALUE_LEVELS,
  effort: [
    { en: 'Very little', vi: 'Rất ít' },
    { en: 'Little', vi: 'Ít' },
    { en: 'Some', vi: 'Vừa phải' },
    { en: 'Much', vi: 'Nhiều' },
    { en: 'Very much', vi: 'Rất nhiều' },
  ],
};

/** The title of an opportunity made from no card (or from cards without words), in the map's language. */
export const NEW_OPPORTUNITY: Localized = { en: 'New opportunity', vi: 'Cơ hội mới' };

/** The value/effort matrix's quadrants, in the interface and on the slide and the PDF page. */
export const QUADRANTS = ['quickWins', 'bigBets', 'fillIns', 'timeSinks'] as const;
export const QUADRANT_LABELS: Readonly<Record<(typeof QUADRANTS)[number], Localized>> = {
  quickWins: { en: 'Quick wins', vi: 'Làm ngay' },
  bigBets: { en: 'Big bets', vi: 'Đầu tư lớn' },
  fillIns: { en: 'Fill-ins', vi: 'Làm khi rảnh' },
  timeSinks: { en: 'Time sinks', vi: 'Tốn công' },
};
