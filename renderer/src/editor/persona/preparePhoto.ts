import type { TFunction } from 'i18next';
import { PICTURE_LIMITS } from '../../../../shared/model/limits';
import { megabytes as mb } from '../../../../shared/model/pictures';
import { ImagePrepError, prepareImage } from '../../services/prepareImage';

/** A user-facing reason a picked file cannot be a persona photo. */
export class PhotoError extends Error {}

/** A picked file as a stored-size persona photo (JPEG, PICTURE_LIMITS.photo.edge at most), base64. */
export async function preparePhoto(file: File, t: TFunction): Promise<string> {
  try {
    return (await prepareImage(file, PICTURE_LIMITS.photo)).base64;
  } catch (err) {
    if (!(err instanceof ImagePrepError)) throw err;
    const message = {
      tooBig: () =>
        t('persona.photoTooBig', { name: file.name, size: mb(file.size), max: mb(PICTURE_LIMITS.photo.pickBytes) }),
      notImage: () => t('persona.notAnImage', { name: file.name }),
      noCanvas: () => t('persona.noCanvas'),
      stillTooBig: () => t('persona.stillTooBig'),
    }[err.problem];
    throw new PhotoError(message());
  }
}
