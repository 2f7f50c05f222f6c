import { PHOTO_EDGE, PHOTO_PICK_MAX_BYTES, PHOTO_STORE_MAX_BYTES } from '../../../../shared/model/persona';

/** A user-facing reason a picked file cannot be a persona photo. */
export class PhotoError extends Error {}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

/**
 * Turns a picked file into a stored-size photo: refused if it is too large to read or is not
 * an image the browser can decode, downscaled to PHOTO_EDGE on its longest side, re-encoded as
 * JPEG (which also drops any metadata such as GPS positions). Returns base64.
 */
export async function preparePhoto(file: File): Promise<string> {
  if (file.size > PHOTO_PICK_MAX_BYTES)
    throw new PhotoError(
      `“${file.name}” is ${mb(file.size)}; a persona photo can be at most ${mb(PHOTO_PICK_MAX_BYTES)}.`,
    );
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PhotoError(`“${file.name}” is not an image Waymark can read (use a PNG, JPEG, WebP or GIF).`);
  }
  const scale = Math.min(1, PHOTO_EDGE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new PhotoError('This computer could not prepare the photo (no 2D canvas).');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.86));
  if (!blob) throw new PhotoError('This computer could not prepare the photo.');
  if (blob.size > PHOTO_STORE_MAX_BYTES) throw new PhotoError('The photo is still too large after downscaling.');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
