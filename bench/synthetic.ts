import { CHANNELS } from '../shared/model/constants';
import {
  addConnector,
  addMapPersona,
  addStage,
  addStep,
  newCard,
  setEmotion,
  setPersonaEmotion,
} from '../shared/model/operations';
import { validateDocument } from '../shared/schema/validate';
import type { JourneyMap } from '../shared/model/types';
import { createMapFromTemplate } from '../shared/templates/createMap';

export const SAMPLE_TEXTS = [
  'Thấy quảng cáo trên TikTok',
  'Đọc đánh giá trên Shopee, so sánh giá với Lazada và hỏi ý kiến bạn bè qua Zalo trước khi quyết định',
  'Compares delivery fees across three shops',
  'Hỏi tư vấn qua Messenger',
  'Worried the warranty will not be honoured outside Hà Nội and Hồ Chí Minh City',
  'Nhận mã giảm giá qua email',
  'Pays with a QR code at the showroom',
  'Giao hàng chậm hai ngày, không ai báo trước',
  'Joins the loyalty programme after the first repair',
  'Chia sẻ trải nghiệm trên Facebook',
  'Không hiểu các gói bảo hành khác nhau thế nào',
  'Gets a follow-up call one week after delivery',
];

/** A synthetic map of `cards` cards: stages and lanes scale with size (5–20 × 6–8). */
export function syntheticMap(cards: number, seed = 1): JourneyMap {
  let rnd = seed;
  const next = () => (rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648;
  let doc = createMapFromTemplate({
    kind: cards > 500 ? 'future-state' : 'current-state',
    language: 'vi',
    title: `Bench ${cards}`,
  });
  const stageCount = Math.min(20, Math.max(5, Math.round(Math.sqrt(cards) / 1.6)));
  while (doc.stages.length < stageCount) doc = addStage(doc, { name: `Giai đoạn ${doc.stages.length + 1}` });
  const lanes = doc.lanes.filter((l) => l.type === 'cards');
  const built = [];
  for (let i = 0; i < cards; i++) {
    const lane = lanes[Math.floor(next() * lanes.length)]!;
    const stage = doc.stages[Math.floor(next() * doc.stages.length)]!;
    built.push(
      newCard({
        id: `b${i}`,
        type: lane.cardType ?? 'note',
        text: SAMPLE_TEXTS[Math.floor(next() * SAMPLE_TEXTS.length)]!,
        laneId: lane.id,
        stageId: stage.id,
        order: i,
        owner: i % 7 === 0 ? 'Team CSKH' : '',
        evidence: (['observed', 'assumed', 'proposed'] as const)[i % 3]!,
        channel: lane.cardType === 'touchpoint' ? CHANNELS[i % CHANNELS.length]! : null,
      }),
    );
  }
  doc = { ...doc, cards: built };
  doc.stages.forEach((s, i) => (doc = setEmotion(doc, s.id, Math.round(Math.sin(i) * 3), '')));
  for (let i = 0; i + 1 < Math.min(cards, 60); i += 6) doc = addConnector(doc, built[i]!.id, built[i + 1]!.id);
  const checked = validateDocument(doc);
  if (!checked.ok) throw new Error(`synthetic map is invalid: ${checked.message}`);
  return doc;
}

/**
 * The map comparing `personas` personas (the main one and the rest, each with a curve) and its
 * stages divided into `steps` steps in all, every card of a divided stage in one of its steps.
 */
export function withDepth(doc: JourneyMap, personas: number, steps: number): JourneyMap {
  let deep = doc;
  for (let p = 1; p < personas; p++) {
    deep = addMapPersona(deep, { personaId: null, name: `Chân dung ${p + 1}`, id: `persona${p}` });
    deep.stages.forEach((s, i) => (deep = setPersonaEmotion(deep, `persona${p}`, s.id, ((i + p) % 7) - 3)));
  }
  for (let i = 0; i < steps; i++) {
    const stage = deep.stages[i % deep.stages.length]!;
    deep = addStep(deep, stage.id, { name: `Bước ${i + 1}`, id: `step${i}` });
  }
  const stepsOf = new Map(deep.stages.map((s) => [s.id, s.steps]));
  deep = {
    ...deep,
    cards: deep.cards.map((c, i) => {
      const list = stepsOf.get(c.stageId) ?? [];
      return list.length && c.stageSpan === 1 ? { ...c, stepId: list[i % list.length]!.id } : c;
    }),
  };
  const checked = validateDocument(deep);
  if (!checked.ok) throw new Error(`the deep synthetic map is invalid: ${checked.message}`);
  return deep;
}
