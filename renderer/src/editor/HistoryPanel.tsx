import { useEffect, useState } from 'react';
import type { SnapshotSummary } from '../../../shared/ipc/contract';
import { unwrap } from '../app/bridge';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useServices, useWaymark } from '../app/ServicesContext';
import { svgDataUrl } from '../app/svgDataUrl';
import { formatWhen } from '../library/formatWhen';

const LABELS: Record<string, string> = {
  auto: 'Automatic',
  'before-restore': 'Before a restore',
};

/** Version history: the map's snapshots with a preview, and restore. */
export function HistoryPanel() {
  const { api, store, autosave } = useServices();
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
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
    // A new revision may have made an automatic snapshot.
  }, [api, mapId, revision]);

  const keepNow = async () => {
    if (!mapId) return;
    try {
      await autosave.flush();
      const made = await unwrap(api.snapshots.create({ mapId, label: 'Kept by hand' }));
      setSnapshots((list) => [made, ...(list ?? [])]);
    } catch (err) {
      setError((err as Error).message);
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
      store
        .getState()
        .setNotice(
          `Restored the version from ${formatWhen(snap.createdAt)}. The replaced version is in the history as “Before a restore”.`,
        );
      setSnapshots(await unwrap(api.snapshots.list({ mapId })));
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <aside className="side-panel history-panel" aria-label="Version history">
      <h2>Version history</h2>
      <p className="hint">
        Waymark keeps a version at most every 10 minutes while you edit, and before deleting a stage or restoring.
      </p>
      <button type="button" onClick={() => void keepNow()}>
        Keep this version
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {snapshots && snapshots.length === 0 && <p className="empty">No earlier versions yet.</p>}
      <ol className="history-list" aria-label="Versions">
        {snapshots?.map((s) => (
          <li key={s.id}>
            {s.thumbnail && <img src={svgDataUrl(s.thumbnail)} alt="" className="history-preview" />}
            <div>
              <strong>{LABELS[s.label] ?? s.label}</strong>
              <time dateTime={s.createdAt}>
                {new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
                  new Date(s.createdAt),
                )}
              </time>
              <small>
                {s.cardCount} {s.cardCount === 1 ? 'card' : 'cards'}
              </small>
            </div>
            <button type="button" onClick={() => setRestoring(s)} aria-label={`Restore version from ${s.createdAt}`}>
              Restore
            </button>
          </li>
        ))}
      </ol>
      {restoring && (
        <ConfirmDialog
          title="Restore this version?"
          message="The map goes back to this version. What you see now is kept in the history first, so you can come back to it."
          confirmLabel="Restore"
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        />
      )}
    </aside>
  );
}
