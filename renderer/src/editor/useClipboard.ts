import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import {
  CLIPBOARD_MIME,
  copyCards,
  deleteCards,
  parseClipboard,
  pasteCards,
  pasteText,
} from '../../../shared/model/operations';
import type { WaymarkStore } from '../store/createWaymarkStore';
import type { Command } from '../commands/registry';
import { useServices } from '../app/ServicesContext';

const inTextField = (t: EventTarget | null) =>
  t instanceof HTMLElement && !!t.closest('input, textarea, select, [contenteditable="true"]');

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

/** Copy, cut and paste of cards through the system clipboard (so it works between maps). */
export function useClipboard(): void {
  const { store } = useServices();
  const { t } = useTranslation();
  useEffect(() => {
    const copy = (e: ClipboardEvent, cut: boolean) => {
      if (inTextField(e.target)) return;
      const s = store.getState();
      if (!s.doc || s.selectedCardIds.length === 0) return;
      const clip = copyCards(s.doc, s.selectedCardIds);
      if (!clip || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData(CLIPBOARD_MIME, JSON.stringify(clip));
      // Plain text for other apps; re-pasting it into Waymark gives cards back.
      e.clipboardData.setData('text/plain', clip.cards.map((c) => c.text).join('\n\n'));
      if (cut) {
        const ids = s.selectedCardIds;
        s.change((d) => deleteCards(d, ids));
        s.select([]);
      }
    };
    const onCopy = (e: ClipboardEvent) => copy(e, false);
    const onCut = (e: ClipboardEvent) => copy(e, true);
    const onPaste = (e: ClipboardEvent) => {
      if (inTextField(e.target)) return;
      e.preventDefault();
      handlePaste(store, e.clipboardData);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, t]);
}

/** Menu entries for the clipboard; the keyboard path is the browser's own copy/cut/paste events. */
export function clipboardCommands(store: WaymarkStore): Command[] {
  const hasCards = () => store.getState().selectedCardIds.length > 0;
  return [
    { id: 'clipboard.copy', shortcuts: [], enabled: hasCards, run: () => document.execCommand('copy') },
    { id: 'clipboard.cut', shortcuts: [], enabled: hasCards, run: () => document.execCommand('cut') },
    {
      id: 'clipboard.paste',
      shortcuts: [],
      enabled: () => store.getState().doc !== null,
      run: () => {
        // Reading the clipboard outside a paste event needs the async API (granted in Electron).
        void navigator.clipboard
          ?.readText()
          .then((text) => {
            const data = new DataTransfer();
            data.setData('text/plain', text);
            handlePaste(store, data);
          })
          .catch(() => store.getState().setNotice({ key: 'notices.usePasteKey' }));
      },
    },
  ];
}
