import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModal } from './useModal';

/** A modal that shows something and closes (Escape or Close): keyboard shortcuts, About, Settings. */
export function InfoDialog(props: { title: string; onClose: () => void; className?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useModal();
  const titleId = useId();
  return (
    <dialog ref={ref} className={`dialog ${props.className ?? ''}`} aria-labelledby={titleId} onCancel={props.onClose}>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
