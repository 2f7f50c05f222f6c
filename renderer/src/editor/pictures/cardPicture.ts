import type { WaymarkApi } from '../../../../shared/ipc/api';
import { updateCard } from '../../../../shared/model/operations';
import { PICTURE_LIMITS } from '../../../../shared/model/limits';
import { megabytes as mb } from '../../../../shared/model/pictures';
import { translatableOf } from '../../i18n/errorText';
import { unwrap } from '../../ipc/bridge';
import { ImagePrepError, prepareImage } from '../../services/prepareImage';
import type { WaymarkStore } from '../../store/createWaymarkStore';

/**
 * Puts a picked, pasted or dropped image on a card: downscaled here, checked and stored once in
 * the library by the main process, then named by the card. A file that is not a usable image
 * is refused with a notice in words, and the card does not change.
 */
export async function setCardPicture(api: WaymarkApi, store: WaymarkStore, cardId: string, file: File): Promise<void> {
  const notice = store.getState().setNotice;
  let prepared;
  try {
    prepared = await prepareImage(file, { ...PICTURE_LIMITS.card, keepPng: true });
  } catch (err) {
    if (!(err instanceof ImagePrepError)) throw err;
    const params = { name: file.name || '', size: mb(file.size), max: mb(PICTURE_LIMITS.card.pickBytes) };
    return notice({ key: `pictures.${err.problem}`, params, tone: 'error' });
  }
  try {
    const picture = await unwrap(api.pictures.put({ data: prepared.base64 }));
    store.getState().change((d) => updateCard(d, cardId, { picture }));
    notice({ key: 'pictures.added' });
  } catch (err) {
    notice({ ...(translatableOf(err) ?? { key: 'pictures.notImage', params: { name: file.name } }), tone: 'error' });
  }
}

/** The first image file among dropped or pasted items, if any. */
export function imageFile(data: DataTransfer | null): File | null {
  for (const file of data?.files ?? []) if (file.type.startsWith('image/')) return file;
  for (const item of data?.items ?? [])
    if (item.kind === 'file' && item.type.startsWith('image/')) return item.getAsFile();
  return null;
}
