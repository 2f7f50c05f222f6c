import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Writing a card or a comment: a text box with a submit button and Cancel. */
export function CardForm(props: {
  initial: string;
  label: string;
  submit: string;
  maxLength: number;
  rows?: number;
  onDone: (text: string | null) => void;
  onTyping?: (typing: boolean) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.initial);
  const done = (value: string | null) => {
    props.onTyping?.(false);
    props.onDone(value);
  };
  return (
    <form
      className="room-card-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) done(text.trim());
      }}
    >
      <textarea
        aria-label={props.label}
        value={text}
        rows={props.rows ?? 3}
        maxLength={props.maxLength}
        autoFocus
        onFocus={() => props.onTyping?.(true)}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="room-card-actions">
        <button type="submit" className="primary" disabled={!text.trim()}>
          {props.submit}
        </button>
        <button type="button" onClick={() => done(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
