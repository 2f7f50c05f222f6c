import { errorText } from '../i18n/errorText';
import type { TFunction } from 'i18next';
import { unwrap } from '../ipc/bridge';
import type { Services } from '../services/Services';

/**
 * Keeps a restorable version before a destructive edit: pending edits are saved first so the
 * snapshot holds what the person sees. The edit goes ahead even if the snapshot fails (it is
 * still undoable); the failure is reported.
 */
export async function snapshotBefore(
  { api, store, autosave }: Pick<Services, 'api' | 'store' | 'autosave'>,
  t: TFunction,
  label: string,
  edit: () => void,
): Promise<void> {
  const mapId = store.getState().doc?.id;
  try {
    await autosave.flush();
    if (mapId) await unwrap(api.snapshots.create({ mapId, label }));
  } catch (err) {
    store
      .getState()
      .setNotice({ key: 'notices.snapshotFailed', params: { message: errorText(t, err) }, tone: 'error' });
  }
  edit();
}
