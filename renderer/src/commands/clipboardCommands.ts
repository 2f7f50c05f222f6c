import type { WaymarkStore } from '../store/createWaymarkStore';
import { handlePaste } from '../store/paste';
import type { CommandHandler } from './registry';

/** Menu entries for the clipboard; the keyboard path is the browser's own copy/cut/paste events. */
export function clipboardCommands(
  store: WaymarkStore,
): Record<'clipboard.copy' | 'clipboard.cut' | 'clipboard.paste', CommandHandler> {
  const hasCards = () => store.getState().selectedCardIds.length > 0;
  return {
    'clipboard.copy': { enabled: hasCards, run: () => document.execCommand('copy') },
    'clipboard.cut': { enabled: hasCards, run: () => document.execCommand('cut') },
    'clipboard.paste': {
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
  };
}
