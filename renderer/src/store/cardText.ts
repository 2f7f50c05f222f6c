import { mergeText } from '../../../shared/collab/mergeText';
import { updateCard } from '../../../shared/model/operations';
import type { WaymarkStore } from './createWaymarkStore';

/**
 * Commits what the host typed into a card as one undo step, merged (shared/collab/mergeText.ts)
 * with whatever the room changed in that card while the host was typing, instead of over it.
 * `base` is the text the editor opened with.
 */
export function commitCardText(store: WaymarkStore, id: string, base: string, typed: string): void {
  if (typed === base) return;
  store.getState().change((doc) => {
    const now = doc.cards.find((c) => c.id === id)?.text ?? base;
    return updateCard(doc, id, { text: mergeText(base, typed, now) });
  });
}
