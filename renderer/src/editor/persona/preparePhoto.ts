import type { TFunction } from 'i18next';
import { PHOTO_EDGE, PHOTO_PICK_MAX_BYTES, PHOTO_STORE_MAX_BYTES } from '../../../../shared/model/persona';

/** A user-facing reason a picked file cannot be a persona photo. */
export class PhotoError extends Error {}

const mb = (n: number) => (n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0);

/**
 * Turns a picked file into a stored-size photo: refused if it is too large to read or is not
 * an image the browser can decode, downscaled to PHOTO_EDGE on its longest side, re-encoded as
 * JPEG (which also drops any metadata such as GPS positions). Returns base64.
 */
export async function preparePhoto(file: File, t: TFunction): Promise<string> {
  if (file.size > PHOTO_PICK_MAX_BYTES)
    throw new PhotoError(
      t('persona.photoTooBig', { name: file.name, size: mb(file.size), max: mb(PHOTO_PICK_MAX_BYTES) }),
    );
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PhotoError(t('persona.notAnImage', { name: file.name }));
  }
  const scale = Math.min(1, PHOTO_EDGE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new PhotoError(t('persona.noCanvas'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.86));
  if (!blob) throw new PhotoError(t('persona.noCanvas'));
  if (blob.size > PHOTO_STORE_MAX_BYTES) throw new PhotoError(t('persona.stillTooBig'));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
