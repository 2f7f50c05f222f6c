import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../../shared/model/types';
import { errorText } from '../i18n/errorText';
import { unwrap } from '../ipc/bridge';
import { useServices } from '../services/ServicesContext';

export type MapAction = 'rename' | 'duplicate' | 'delete' | 'restore';

/**
 * What a person does to maps in the list: rename, duplicate, delete, restore, empty the trash.
 * Each reloads the list when done; a failure is said in words and changes nothing.
 */
export function useMapActions(reload: () => void, onError: (message: string | null) => void) {
  const { api, store } = useServices();
  const { t } = useTranslation();
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      onError(null);
      reload();
    } catch (err) {
      onError(errorText(t, err));
    }
  };
  return {
    rename: (map: MapSummary, title: string) => void run(() => unwrap(api.maps.rename({ id: map.id, title }))),
    act: (map: MapSummary, action: Exclude<MapAction, 'rename'>) =>
      void run(() =>
        unwrap(
          action === 'duplicate'
            ? api.maps.duplicate({ id: map.id })
            : action === 'delete'
              ? api.maps.delete({ id: map.id })
              : api.maps.restore({ id: map.id }),
        ),
      ),
    emptyTrash: () =>
      void run(async () => {
        const { deleted } = await unwrap(api.maps.emptyTrash({}));
        store.getState().setNotice({ key: 'library.deletedForGood', params: { count: deleted } });
      }),
  };
}
