import { z } from 'zod';
import { CARD_COLORS, CARD_TEXT_MAX, CARD_TYPES, CHANNELS, EVIDENCE_STATUSES, PROVIDERS } from '../model/constants';
import { newId } from '../model/ids';
import type { Card, JourneyMap } from '../model/types';
import { addCard, updateCards, type CellRef } from '../model/ops/cards';
import { EditError } from '../model/ops/errors';
import { cardSchema } from '../schema/document';

export const CLIPBOARD_MIME = 'application/x-waymark-cards+json';

const clipCardSchema = z.strictObject({
  type: z.enum(CARD_TYPES),
  text: z.string().max(CARD_TEXT_MAX),
  owner: z.string().max(200),
  evidence: z.enum(EVIDENCE_STATUSES).nullable(),
  channel: z.enum(CHANNELS).nullable(),
  color: z.enum(CARD_COLORS).nullable(),
  // Optional so cards copied from an older Waymark still paste.
  provider: z.enum(PROVIDERS).nullable().default(null),
  stageSpan: z.number().int().min(1).max(100),
  // Optional so cards copied before tags and moments of truth existed still paste.
  tags: cardSchema.shape.tags.default([]),
  moment: z.boolean().default(false),
  /** Lane and stage offsets from the top-left copied card, so a group keeps its shape. */
  laneOffset: z.number().int().min(0).max(100),
  stageOffset: z.number().int().min(0).max(100),
});

export const clipboardSchema = z.strictObject({
  waymark: z.literal('cards'),
  cards: z.array(clipCardSchema).min(1).max(2000),
});
export type ClipboardCards = z.infer<typeof clipboardSchema>;

/** What travels with a copied card besides its text, type and place: the same fields both ways. */
const carried = (
  c: Pick<Card, 'owner' | 'evidence' | 'channel' | 'color' | 'provider' | 'stageSpan' | 'tags' | 'moment'>,
) => ({
  owner: c.owner,
  evidence: c.evidence,
  channel: c.channel,
  color: c.color,
  provider: c.provider,
  stageSpan: c.stageSpan,
  tags: c.tags,
  moment: c.moment,
});

/** Copies cards with their relative positions (card lanes only). */
export function copyCards(doc: JourneyMap, ids: readonly string[]): ClipboardCards | null {
  const cardLanes = doc.lanes.filter((l) => l.type === 'cards').map((l) => l.id);
  const stageIdx = new Map(doc.stages.map((s, i) => [s.id, i]));
  const picked = doc.cards.filter((c) => ids.includes(c.id));
  if (picked.length === 0) return null;
  const lane = (c: Card) => cardLanes.indexOf(c.laneId);
  const stage = (c: Card) => stageIdx.get(c.stageId)!;
  const top = Math.min(...picked.map(lane));
  const left = Math.min(...picked.map(stage));
  const ordered = [...picked].sort((a, b) => stage(a) - stage(b) || lane(a) - lane(b) || a.order - b.order);
  return {
    waymark: 'cards',
    cards: ordered.map((c) => ({
      type: c.type,
      text: c.text,
      ...carried(c),
      laneOffset: lane(c) - top,
      stageOffset: stage(c) - left,
    })),
  };
}

/** Reads clipboard text as Waymark cards; anything else (or a forged payload) is null. */
export function parseClipboard(text: string): ClipboardCards | null {
  try {
    const parsed = clipboardSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Pastes cards with the top-left one in `target`, keeping the group's shape where the map has
 * room and clamping to the last card lane and stage where it has not. Returns the new ids.
 */
export function pasteCards(doc: JourneyMap, clip: ClipboardCards, target: CellRef): { doc: JourneyMap; ids: string[] } {
  const cardLanes = doc.lanes.filter((l) => l.type === 'cards');
  const laneAt = cardLanes.findIndex((l) => l.id === target.laneId);
  const stageAt = doc.stages.findIndex((s) => s.id === target.stageId);
  if (laneAt < 0 || stageAt < 0) throw new EditError('Choose a cell to paste into.', { key: 'editErrors.pasteWhere' });
  let next = doc;
  const ids: string[] = [];
  for (const c of clip.cards) {
    const lane = cardLanes[Math.min(laneAt + c.laneOffset, cardLanes.length - 1)]!;
    const stage = doc.stages[Math.min(stageAt + c.stageOffset, doc.stages.length - 1)]!;
    const id = newId();
    next = addCard(next, { laneId: lane.id, stageId: stage.id, id, type: c.type, text: c.text });
    next = updateCards(next, [id], carried(c));
    ids.push(id);
  }
  return { doc: next, ids };
}

/** Plain text from outside Waymark becomes one card, cut to the longest text a card holds. */
export function pasteText(
  doc: JourneyMap,
  text: string,
  target: CellRef,
): { doc: JourneyMap; id: string; truncated: boolean } {
  const clean = text.replace(/\r\n?/g, '\n').trim();
  if (!clean) throw new EditError('There is no text on the clipboard to paste.', { key: 'editErrors.pasteEmpty' });
  const id = newId();
  const truncated = clean.length > CARD_TEXT_MAX;
  return { doc: addCard(doc, { ...target, id, text: clean.slice(0, CARD_TEXT_MAX) }), id, truncated };
}
