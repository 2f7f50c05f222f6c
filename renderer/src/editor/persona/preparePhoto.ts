import type { TFunction } from 'i18next';
import { PHOTO_EDGE, PHOTO_PICK_MAX_BYTES, PHOTO_STORE_MAX_BYTES } from '../../../../shared/model/persona';
import { ImagePrepError, prepareImage } from '../../services/prepareImage';

/** A user-facing reason a picked file cannot be a persona photo. */
export class PhotoError extends Error {}

const mb = (n: number) => (n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0);

/** A picked file as a stored-size persona photo (JPEG, PHOTO_EDGE at most), base64. */
export async function preparePhoto(file: File, t: TFunction): Promise<string> {
  try {
    const limits = { pickBytes: PHOTO_PICK_MAX_BYTES, edge: PHOTO_EDGE, storeBytes: PHOTO_STORE_MAX_BYTES };
    return (await prepareImage(file, limits)).base64;
  } catch (err) {
    if (!(err instanceof ImagePrepError)) throw err;
    const message = {
      tooBig: () => t('persona.photoTooBig', { name: file.name, size: mb(file.size), max: mb(PHOTO_PICK_MAX_BYTES) }),
      notImage: () => t('persona.notAnImage', { name: file.name }),
      noCanvas: () => t('persona.noCanvas'),
      stillTooBig: () => t('persona.stillTooBig'),
    }[err.problem];
    throw new PhotoError(message());
  }
}
