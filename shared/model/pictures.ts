import { z } from 'zod';
import { PICTURE_LIMITS } from './limits';

/**
 * The one picture module: a card's picture and a persona's photo, what a person may pick, what
 * the library stores, how their sizes are said, and the check the library makes of every one.
 */
export type PictureKind = 'card' | 'photo';

/** Image types a person may pick, paste or drop; checked by content, not by file name. */
export const PICKABLE_PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type PickableType = (typeof PICKABLE_PICTURE_TYPES)[number];

/** An image's type from its first bytes (never its name or what the sender says it is). */
export function sniffImageType(bytes: Uint8Array): PickableType | null {
  const at = (i: number, ...v: number[]) => v.every((b, k) => bytes[i + k] === b);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return null;
}

/** What the library stores: the two kinds every export (PDF included) can embed. */
export const STORED_PICTURE_TYPES = ['image/jpeg', 'image/png'] as const;

/** A stored picture as a data URL (how a .waymark file and the HTML viewer carry it); nothing else is read. */
export const PICTURE_DATA_URL = new RegExp(
  `^data:(${STORED_PICTURE_TYPES.map((t) => t.replace('/', '\\/')).join('|')});base64,([A-Za-z0-9+/]+={0,2})$`,
);

/** Bytes as megabytes, as refusals about picture sizes say them: one decimal, none when it is 0 (3 MB, 2.4 MB). */
export const megabytes = (n: number) => {
  const tenths = Math.round((n / 1024 / 1024) * 10) / 10;
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
};

/** Why the library will not store a picture, in words and as a catalogue key, or null when it will. */
export interface PictureRefusal {
  message: string;
  key: string;
  params?: Record<string, string | number>;
}

/**
 * The library's check of a picture it is asked to store, whatever the window says: its type from
 * its first bytes, its size, and (when the caller read its header) its dimensions.
 */
export function pictureRefusal(
  kind: PictureKind,
  bytes: Uint8Array,
  size: { width: number; height: number } | null,
): PictureRefusal | null {
  const limits = PICTURE_LIMITS[kind];
  const what = kind === 'card' ? 'picture' : 'photo';
  const type = sniffImageType(bytes);
  const allowed: readonly string[] = kind === 'card' ? STORED_PICTURE_TYPES : PICKABLE_PICTURE_TYPES;
  if (bytes.length > limits.storeBytes)
    return {
      message: `The ${what} is ${megabytes(bytes.length)} MB after downscaling; the limit is ${megabytes(limits.storeBytes)} MB.`,
      key: kind === 'card' ? 'errors.pictureTooBig' : 'errors.photoTooBig',
      params: { size: megabytes(bytes.length), max: megabytes(limits.storeBytes) },
    };
  if (!type || !allowed.includes(type) || (size && (size.width < 1 || size.height < 1)))
    return { message: 'That file is not an image Waymark can use (PNG, JPEG, WebP or GIF).', key: 'errors.notImage' };
  if (size && (size.width > limits.edge || size.height > limits.edge))
    return {
      message: `The ${what} is ${size.width}×${size.height} pixels; ${what}s are stored at ${limits.edge} pixels or less.`,
      key: 'errors.pictureTooLarge',
      params: { width: size.width, height: size.height, max: limits.edge },
    };
  return null;
}

/** A card's picture: the stored picture's content hash and its size (for layout before it loads). */
export const pictureRefSchema = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  width: z.number().int().min(1).max(PICTURE_LIMITS.card.edge),
  height: z.number().int().min(1).max(PICTURE_LIMITS.card.edge),
});
export type PictureRef = z.infer<typeof pictureRefSchema>;

/** How tall a card's picture is drawn at a given width (at most 3:4 portrait, so a card stays a card). */
export const pictureHeight = (ref: PictureRef, width: number) =>
  Math.round(Math.min(ref.height / ref.width, 0.75) * width);
