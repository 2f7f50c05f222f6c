import { base64ToBytes } from './base64';

/**
 * The pictures an export may carry: base64 JPEG or PNG data URLs (what the library stores
 * after downscaling). Anything else is left out rather than written into a file.
 */
const PICTURE = /^data:image\/(jpeg|png);base64,([A-Za-z0-9+/]+=*)$/;

export const isExportablePicture = (href: string) => PICTURE.test(href);

export function pictureBytes(href: string): { type: 'jpeg' | 'png'; bytes: Uint8Array } | null {
  const m = PICTURE.exec(href);
  return m ? { type: m[1] as 'jpeg' | 'png', bytes: base64ToBytes(m[2]!) } : null;
}
