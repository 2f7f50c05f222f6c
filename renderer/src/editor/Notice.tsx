import { noticeText } from '../i18n/noticeText';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useWaymark } from '../app/ServicesContext';

/** A passing message (a refused edit, a paste that could not become a card). */
export function Notice() {
  const { t } = useTranslation();
  const { store } = useServices();
  const notice = useWaymark((s) => s.notice);
  const presenting = useWaymark((s) => s.present !== null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => store.getState().setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice, store]);
  // Never on the projected screen: the room does not need "Exported to …".
  if (!notice || presenting) return null;
  return (
    <div className="toast" role="status" aria-live="polite" data-testid="notice">
      {noticeText(t, notice)}
      <button type="button" aria-label={t('common.dismiss')} onClick={() => store.getState().setNotice(null)}>
        ×
      </button>
    </div>
  );
}
