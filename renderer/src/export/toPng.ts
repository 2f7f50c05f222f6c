import type { DisplayList } from './display/types';

/** Chromium's canvas limits: a side over 32,767 px or an area over ~268 million pixels fails. */
const MAX_SIDE = 16_384;
const MAX_AREA = 120_000_000;

export class PngTooLargeError extends Error {
  override name = 'PngTooLargeError';
}

/** The largest whole scale a map can be rendered at without hitting canvas limits. */
export function maxPngScale(list: DisplayList): number {
  return (
    Math.floor(
      Math.min(MAX_SIDE / list.width, MAX_SIDE / list.height, Math.sqrt(MAX_AREA / (list.width * list.height))) * 10,
    ) / 10
  );
}

/**
 * PNG at a scale, drawn from the export SVG (so it matches the SVG and PDF), on white or on a
 * transparent background. Refuses, with the largest scale that would work, instead of producing
 * a blank or cropped image when the canvas would be too large.
 */
export async function svgToPng(
  svg: string,
  list: DisplayList,
  scale: number,
  background: 'white' | 'transparent',
): Promise<Uint8Array> {
  const max = maxPngScale(list);
  if (scale > max)
    throw new PngTooLargeError(
      `This map is too large for a PNG at ${scale}× (${Math.round(list.width * scale)} × ${Math.round(list.height * scale)} px). ` +
        (max >= 1 ? `The largest possible is ${max}×; ` : '') +
        'the PDF and SVG exports have no size limit.',
    );
  const source =
    background === 'transparent' ? svg.replace('<rect width="100%" height="100%" fill="#ffffff"/>', '') : svg;
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(list.width * scale);
    canvas.height = Math.round(list.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new PngTooLargeError('The PNG could not be drawn (no canvas available).');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new PngTooLargeError('The PNG could not be encoded; try a smaller scale.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
