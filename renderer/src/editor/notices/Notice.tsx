import { noticeText } from '../../i18n/noticeText';
import { errorText } from '../../i18n/errorText';
import { unwrap } from '../../ipc/bridge';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useWaymark } from '../../services/ServicesContext';

/** A passing message (a refused edit, a paste that could not become a card). */
export function Notice() {
  const { t } = useTranslation();
  const { store, api } = useServices();
  const notice = useWaymark((s) => s.notice);
  const presenting = useWaymark((s) => s.present !== null);
  // An error stays until it is dismissed: it may need to be read twice, or acted on.
  const isError = typeof notice !== 'string' && notice?.tone === 'error';
  useEffect(() => {
    if (!notice || isError) return;
    // A notice about a file stays longer: the person may want to open it.
    const timer = setTimeout(
      () => store.getState().setNotice(null),
      typeof notice !== 'string' && notice.file ? 15000 : 6000,
    );
    return () => clearTimeout(timer);
  }, [notice, isError, store]);
  const reveal = async (path: string, open: boolean) => {
    try {
      await unwrap(api.files.reveal({ path, open }));
    } catch (err) {
      store
        .getState()
        .setNotice({ key: 'notices.revealFailed', params: { message: errorText(t, err) }, tone: 'error' });
    }
  };
  // Never on the projected screen: the room does not need "Exported to …".
  if (!notice || presenting) return null;
  return (
    <div
      className={`toast ${isError ? 'is-error' : ''}`}
      role={isError ? 'alert' : 'status'}
      aria-live={isError ? 'assertive' : 'polite'}
      data-testid="notice"
    >
      {noticeText(t, notice)}
      {typeof notice !== 'string' && notice.file && (
        <>
          <button type="button" onClick={() => void reveal(notice.file!, true)}>
            {t('export.open')}
          </button>
          <button type="button" onClick={() => void reveal(notice.file!, false)}>
            {t('export.showInFolder')}
          </button>
        </>
      )}
      <button type="button" aria-label={t('common.dismiss')} onClick={() => store.getState().setNotice(null)}>
        ×
      </button>
    </div>
  );
}
