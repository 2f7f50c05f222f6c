import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/exchange/xlsx/fromTables';
import { errorText } from '../i18n/errorText';
import { unwrap } from '../ipc/bridge';
import { useServices } from '../services/ServicesContext';

/**
 * Importing a map from a file: a map file lands at once; a workbook first shows what it would
 * become (the preview), then is created or discarded. A refusal is said in words, nothing stored.
 */
export function useMapImport(onImported: (title: string) => void, onError: (message: string | null) => void) {
  const { api, store } = useServices();
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const importing = async (work: () => Promise<void>) => {
    try {
      await work();
      onError(null);
    } catch (err) {
      store.getState().setNotice(null);
      onError(t('library.importFailed', { message: errorText(t, err) }));
    }
  };
  const imported = (title: string) => {
    store.getState().setNotice({ key: 'library.imported', params: { title } });
    onImported(title);
  };
  return {
    preview,
    start: () =>
      importing(async () => {
        const result = await unwrap(api.maps.import({}));
        if ('imported' in result) imported(result.imported.title);
        if ('preview' in result) setPreview(result.preview);
      }),
    confirm: () =>
      importing(async () => {
        setPreview(null);
        imported((await unwrap(api.maps.importConfirm({}))).imported.title);
      }),
    discard: () => {
      setPreview(null);
      void api.maps.importDiscard({});
    },
  };
}
