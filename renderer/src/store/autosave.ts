import type { WaymarkApi } from '../../../shared/ipc/api';
import type { WaymarkStore } from './createWaymarkStore';

export interface Autosave {
  /** Saves now if anything is pending and resolves once the main process has answered. */
  flush: () => Promise<void>;
  dispose: () => void;
}

export const AUTOSAVE_DELAY_MS = 400;
/** The one refusal that is worth trying again at once: the library restarted under the save. */
const RETRY_AT_ONCE = 'errors.libraryRestarted';

/**
 * Debounced saving of the open map. "Saved" is shown only after the main process confirmed
 * the commit; a failed save keeps the edits in memory, says why, and retries on the next edit.
 */
export function startAutosave(store: WaymarkStore, api: WaymarkApi, delayMs = AUTOSAVE_DELAY_MS): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let dirty = false;

  const saveOnce = async (): Promise<void> => {
    const { doc, revision } = store.getState();
    if (!doc) return;
    dirty = false;
    store.getState().setSave({ state: 'saving' });
    let result;
    try {
      result = await api.maps.save({ document: doc, baseRevision: revision });
    } catch (err) {
      result = {
        ok: false as const,
        error: {
          code: 'INTERNAL' as const,
          message: `Could not reach storage: ${(err as Error).message}`,
          i18n: { key: 'errors.storageUnreachable', params: { detail: (err as Error).message } },
        },
      };
    }
    const current = store.getState();
    if (current.doc?.id !== doc.id) return;
    if (!result.ok) {
      dirty = true;
      current.setSave({
        state: 'error',
        message: result.error.message,
        code: result.error.code,
        ...(result.error.i18n ? { i18n: result.error.i18n } : {}),
      });
      // The library thread died under this save and is back: save again without waiting for an edit.
      if (result.error.i18n?.key === RETRY_AT_ONCE) schedule();
      return;
    }
    if (current.doc === doc && !dirty) current.confirmSaved(result.value.revision, result.value.updatedAt);
    else {
      // Edited while saving: keep the new revision, report pending, and save again.
      store.setState({ revision: result.value.revision, save: { state: 'pending' } });
      dirty = true;
    }
  };

  const run = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    while (inFlight) await inFlight;
    if (!dirty) return;
    inFlight = saveOnce().finally(() => {
      inFlight = null;
    });
    await inFlight;
    if (dirty && store.getState().save.state === 'pending') schedule();
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    // A map (re)loaded from the library — opened, restored, reloaded — is not an edit to save.
    if (!state.doc || !prev.doc || state.doc === prev.doc || state.opened !== prev.opened) return;
    dirty = true;
    if (state.save.state !== 'error') state.setSave({ state: 'pending' });
    schedule();
  });

  return {
    flush: async () => {
      if (inFlight) await inFlight;
      if (dirty) await run();
    },
    dispose: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
