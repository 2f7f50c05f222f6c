import { PICTURE_DATA_URL } from '../../../../shared/model/pictures';
import { dotsByCard } from '../../../../shared/model/ops/feedback';
import type { JourneyMap } from '../../../../shared/model/types';
import { CARD_ICONS, cardStyle, cardStyleVars } from '../../../../shared/render/cardStyle';
import { EXPORT_WORDS } from '../../../../shared/templates/exportWords';
import { CARD_TYPE_LABELS, CHANNEL_LABELS, EVIDENCE_LABELS, KIND_LABELS } from '../../../../shared/templates/labels';

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
    words: EXPORT_WORDS[lang].viewer,
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
