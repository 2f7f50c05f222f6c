import { z } from 'zod';

/** Pictures on cards: what a person may pick, and what the library stores after downscaling. */
export const PICTURE_LIMITS = {
  /** Largest file a person may pick, paste or drop; it is downscaled before it is stored. */
  pickBytes: 20 * 1024 * 1024,
  /** Longest edge of a stored picture, in pixels: sharp on a card, in a report and on a slide. */
  edge: 1600,
  /** Largest picture the library stores. */
  storeBytes: 3 * 1024 * 1024,
  /** Pictures a .waymark file may carry in all (its whole size is bounded too). */
  fileBytes: 40 * 1024 * 1024,
} as const;

/** What the library stores: the two kinds every export (PDF included) can embed. */
export const STORED_PICTURE_TYPES = ['image/jpeg', 'image/png'] as const;

/** A stored picture as a data URL (how a .waymark file and the HTML viewer carry it); nothing else is read. */
export const PICTURE_DATA_URL = new RegExp(
  `^data:(${STORED_PICTURE_TYPES.map((t) => t.replace('/', '\\/')).join('|')});base64,([A-Za-z0-9+/]+={0,2})$`,
);

/** Bytes as megabytes with one decimal, as refusals about picture sizes say them. */
export const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);

/** A card's picture: the stored picture's content hash and its size (for layout before it loads). */
export const pictureRefSchema = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  width: z.number().int().min(1).max(PICTURE_LIMITS.edge),
  height: z.number().int().min(1).max(PICTURE_LIMITS.edge),
});
export type PictureRef = z.infer<typeof pictureRefSchema>;

/** How tall a card's picture is drawn at a given width (at most 3:4 portrait, so a card stays a card). */
export const pictureHeight = (ref: PictureRef, width: number) =>
  Math.round(Math.min(ref.height / ref.width, 0.75) * width);
