import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { deleteCards } from '../../../../shared/model/operations';
import { CLIPBOARD_MIME, copyCards } from '../../../../shared/exchange/clipboard';
import { useServices } from '../../services/ServicesContext';
import { handlePaste } from '../../store/paste';
import { imageFile, setCardPicture } from '../pictures/cardPicture';

const inTextField = (t: EventTarget | null) =>
  t instanceof HTMLElement && !!t.closest('input, textarea, select, [contenteditable="true"]');

/** Copy, cut and paste of cards through the system clipboard (so it works between maps). */
export function useClipboard(): void {
  const { api, store } = useServices();
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
      // An image pasted with one card selected becomes that card's picture.
      const image = imageFile(e.clipboardData);
      const selected = store.getState().selectedCardIds;
      if (image && selected.length === 1 && !store.getState().readOnly)
        void setCardPicture(api, store, selected[0]!, image);
      else handlePaste(store, e.clipboardData);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [api, store, t]);
}
