import { errorText } from '../../i18n/errorText';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../../shared/ipc/contract';
import { unwrap } from '../../ipc/bridge';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { svgDataUrl } from '../../ui/svgDataUrl';
import { formatWhen } from '../../i18n/formatWhen';

/**
 * Snapshot labels are stored as codes (`auto`, `kept`, `before-delete-stage:<name>` …) so the
 * history reads in whatever language the interface is in now; anything else is shown as is.
 */
export function snapshotLabel(t: TFunction, label: string): string {
  if (label === 'auto') return t('history.labels.auto');
  if (label === 'before-restore') return t('history.labels.before-restore');
  if (label === 'kept') return t('history.keptByHand');
  const [code, ...rest] = label.split(':');
  const name = rest.join(':');
  if (code === 'before-delete-stage') return t('notices.beforeDeleteStage', { name });
  if (code === 'before-delete-lane') return t('notices.beforeDeleteLane', { name });
  return label;
}

/** Version history: the map's snapshots with a preview, and restore. */
export function HistoryPanel() {
  const { api, store, autosave } = useServices();
  const { t, i18n } = useTranslation();
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const mapId = useWaymark((s) => s.doc?.id);
  const revision = useWaymark((s) => s.revision);
  const [snapshots, setSnapshots] = useState<SnapshotSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<SnapshotSummary | null>(null);

  useEffect(() => {
    if (!mapId) return;
    let live = true;
    unwrap(api.snapshots.list({ mapId })).then(
      (list) => live && setSnapshots(list),
      (err: unknown) => live && setError(errorText(t, err)),
    );
    return () => {
      live = false;
    };
    // A new revision may have made an automatic snapshot.
  }, [api, mapId, revision, t]);

  const keepNow = async () => {
    if (!mapId) return;
    try {
      await autosave.flush();
      const made = await unwrap(api.snapshots.create({ mapId, label: 'kept' }));
      setSnapshots((list) => [made, ...(list ?? [])]);
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  const restore = async (snap: SnapshotSummary) => {
    setRestoring(null);
    if (!mapId) return;
    try {
      await autosave.flush();
      const loaded = await unwrap(
        api.snapshots.restore({ mapId, snapshotId: snap.id, baseRevision: store.getState().revision }),
      );
      store.getState().openMap(loaded);
      store.getState().setNotice({
        key: 'history.restored',
        params: { when: formatWhen(snap.createdAt, new Date(), i18n.language) },
      });
      setSnapshots(await unwrap(api.snapshots.list({ mapId })));
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  return (
    <aside className="side-panel history-panel" aria-label={t('history.title')}>
      <h2>{t('history.title')}</h2>
      <p className="hint">{t('history.hint')}</p>
      <button type="button" onClick={() => void keepNow()}>
        {t('history.keep')}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {snapshots && snapshots.length === 0 && <p className="empty">{t('history.none')}</p>}
      <ol className="history-list" aria-label={t('history.versions')}>
        {snapshots?.map((s) => (
          <li key={s.id}>
            {s.thumbnail && <img src={svgDataUrl(s.thumbnail)} alt="" className="history-preview" />}
            <div>
              <strong>{snapshotLabel(t, s.label)}</strong>
              <time dateTime={s.createdAt}>{when(s.createdAt)}</time>
              <small>{t('common.cards', { count: s.cardCount })}</small>
            </div>
            <button
              type="button"
              onClick={() => setRestoring(s)}
              aria-label={t('history.restoreVersion', { when: when(s.createdAt) })}
            >
              {t('common.restore')}
            </button>
          </li>
        ))}
      </ol>
      {restoring && (
        <ConfirmDialog
          title={t('history.confirmTitle')}
          message={t('history.confirmMessage')}
          confirmLabel={t('common.restore')}
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        />
      )}
    </aside>
  );
}
