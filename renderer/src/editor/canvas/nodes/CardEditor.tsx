import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import { CARD_TEXT_MAX } from '../../../../../shared/model/constants';
import { commitCardText } from '../../../store/cardText';
import { useServices } from '../../../services/ServicesContext';

/**
 * Card text editing: the typing stays local and lands in the document as one undo step when
 * the editor closes (Enter or leaving), merged with what the room changed meanwhile
 * (store/cardText.ts). Shift+Enter is a new line, Escape throws the edit away.
 */
export function CardEditor({ id, initial }: { id: string; initial: string }) {
  const { store } = useServices();
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const done = useRef(false);
  const commit = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save) commitCardText(store, id, initial, text);
    store.getState().startEditing(null);
  };
  return (
    <textarea
      className="card-editor nodrag nowheel nopan"
      aria-label={t('card.text')}
      autoFocus
      value={text}
      maxLength={CARD_TEXT_MAX}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => commit(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') commit(false);
        else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          commit(true);
        }
      }}
    />
  );
}
