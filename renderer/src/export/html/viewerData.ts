import { PICTURE_DATA_URL } from '../../../../shared/model/pictures';
import type { Language } from '../../../../shared/model/constants';
import { dotsByCard } from '../../../../shared/model/ops/feedback';
import type { JourneyMap } from '../../../../shared/model/types';
import { CARD_ICONS, cardStyle, cardStyleVars } from '../../../../shared/render/cardStyle';
import { CARD_TYPE_LABELS, CHANNEL_LABELS, EVIDENCE_LABELS, KIND_LABELS } from '../../../../shared/templates/labels';

/** The viewer's words, in the map's language. */
const WORDS: Record<Language, Record<string, string>> = {
  en: {
    search: 'Search cards',
    matches: '{n} matching cards',
    whole: 'Whole map',
    stages: 'Stage by stage',
    previous: 'Previous stage',
    next: 'Next stage',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit',
    close: 'Close',
    stage: 'Stage',
    lane: 'Lane',
    type: 'Type',
    evidence: 'Evidence',
    channel: 'Channel',
    owner: 'Owner',
    tags: 'Tags',
    dots: 'Dots',
    comments: 'Comments',
    emotion: 'Emotion',
    made: 'Made with Waymark',
  },
  vi: {
    search: 'Tìm thẻ',
    matches: '{n} thẻ khớp',
    whole: 'Toàn bộ bản đồ',
    stages: 'Từng giai đoạn',
    previous: 'Giai đoạn trước',
    next: 'Giai đoạn sau',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    fit: 'Vừa màn hình',
    close: 'Đóng',
    stage: 'Giai đoạn',
    lane: 'Làn',
    type: 'Loại',
    evidence: 'Bằng chứng',
    channel: 'Kênh',
    owner: 'Người phụ trách',
    tags: 'Nhãn',
    dots: 'Chấm',
    comments: 'Bình luận',
    emotion: 'Cảm xúc',
    made: 'Tạo bằng Waymark',
  },
};

/**
 * What the one-file viewer shows, prepared here so the page itself only draws: plain strings
 * and numbers (every one drawn as text), already in the map's language.
 */
export function viewerData(doc: JourneyMap, pictures: ReadonlyMap<string, string> = new Map()) {
  const lang = doc.language;
  const dots = dotsByCard(doc.votes);
  const lanes = doc.lanes.filter((l) => !l.hidden && (l.type === 'cards' || l.type === 'emotion'));
  return {
    lang,
    title: doc.title,
    kind: KIND_LABELS[doc.kind][lang],
    words: WORDS[lang],
    stages: doc.stages.map((s) => ({ id: s.id, name: s.name })),
    lanes: lanes.map((l) => ({ id: l.id, name: l.name, emotion: l.type === 'emotion' })),
    emotions: doc.emotions.map((e) => ({ stageId: e.stageId, score: e.score, label: e.label })),
    cards: doc.cards
      .filter((c) => lanes.some((l) => l.id === c.laneId))
      .sort((a, b) => a.order - b.order)
      .map((c) => ({
        id: c.id,
        stageId: c.stageId,
        laneId: c.laneId,
        text: c.text,
        type: CARD_TYPE_LABELS[c.type][lang],
        look: cardStyleVars(cardStyle(c)),
        icon: CARD_ICONS[c.type],
        evidence: c.evidence ? EVIDENCE_LABELS[c.evidence][lang] : '',
        channel: c.channel ? CHANNEL_LABELS[c.channel][lang] : '',
        owner: c.owner,
        tags: c.tags.join(', '),
        dots: dots.get(c.id) ?? 0,
        // Only the JPEG/PNG data URLs the library gave back; anything else is left out.
        picture: (c.picture && pictures.get(c.picture.hash)?.match(PICTURE_DATA_URL)?.[0]) || '',
        comments: doc.comments.filter((k) => k.cardId === c.id).map((k) => `${k.author}: ${k.text}`),
      })),
  };
}

export type ViewerData = ReturnType<typeof viewerData>;
