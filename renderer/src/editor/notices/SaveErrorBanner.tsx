import { useTranslation } from 'react-i18next';
import { unwrap } from '../../ipc/bridge';
import { useServices, useWaymark } from '../../services/ServicesContext';

/** Why the last save failed, and what the user can do about it; edits stay in memory meanwhile. */
export function SaveErrorBanner() {
  const { t } = useTranslation();
  const { api, store, autosave } = useServices();
  const save = useWaymark((s) => s.save);
  if (save.state !== 'error') return null;

  const reloadLatest = async () => {
    const id = store.getState().doc?.id;
    if (!id) return;
    try {
      store.getState().openMap(await unwrap(api.maps.load({ id })));
    } catch (err) {
      store.getState().setSave({ state: 'error', code: 'INTERNAL', message: (err as Error).message });
    }
  };

  return (
    <div className="save-error-banner" role="alert">
      <p>
        <strong>{t('save.notSaved')}</strong> {save.i18n ? t(save.i18n.key, save.i18n.params ?? {}) : save.message}
      </p>
      <button type="button" onClick={() => void autosave.flush()}>
        {t('save.retry')}
      </button>
      {save.code === 'STALE_REVISION' && (
        <button type="button" onClick={() => void reloadLatest()}>
          {t('save.reload')}
        </button>
      )}
    </div>
  );
}
