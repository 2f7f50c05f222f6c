import { CLIPBOARD_MIME, parseClipboard, pasteCards, pasteText } from '../../../shared/exchange/clipboard';
import type { WaymarkStore } from './createWaymarkStore';

/** The cell pasted cards go to: the selected card's cell, the active cell, or the first card lane. */
function pasteTarget(store: WaymarkStore) {
  const s = store.getState();
  if (s.activeCell) return s.activeCell;
  const lane = s.doc?.lanes.find((l) => l.type === 'cards' && !l.hidden);
  return lane && s.doc ? { laneId: lane.id, stageId: s.doc.stages[0]!.id } : null;
}

/** Handles a paste: Waymark cards keep their shape, plain text becomes one card, the rest is refused. */
export function handlePaste(store: WaymarkStore, data: DataTransfer | null): void {
  const s = store.getState();
  const target = pasteTarget(store);
  if (!s.doc || !target) return;
  const clip = parseClipboard(data?.getData(CLIPBOARD_MIME) ?? '') ?? parseClipboard(data?.getData('text/plain') ?? '');
  if (clip) {
    let ids: string[] = [];
    const ok = s.change((d) => {
      const r = pasteCards(d, clip, target);
      ids = r.ids;
      return r.doc;
    });
    if (ok) s.select(ids);
    return;
  }
  const text = data?.getData('text/plain') ?? '';
  if (!text.trim()) {
    s.setNotice({ key: 'notices.nothingToPaste' });
    return;
  }
  let id = '';
  let truncated = false;
  const ok = s.change((d) => {
    const r = pasteText(d, text, target);
    id = r.id;
    truncated = r.truncated;
    return r.doc;
  });
  if (!ok) return;
  s.select([id]);
  if (truncated) s.setNotice({ key: 'notices.pasteCut' });
}
