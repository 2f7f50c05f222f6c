import type { ReactNode } from 'react';
import { useModal } from './useModal';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** What the action will do: a sentence, or richer content (a preview) as children. */
  message?: string;
  children?: ReactNode;
  confirmLabel: string;
  /** A destructive action is styled as such and is not the default button. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question before an action that cannot be undone from the editor. */
export function ConfirmDialog({ title, message, children, confirmLabel, danger, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useModal();
  return (
    <dialog ref={ref} className="dialog confirm-dialog" aria-labelledby="confirm-title" onCancel={onCancel}>
      <h2 id="confirm-title">{title}</h2>
      {message && <p>{message}</p>}
      {children}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
