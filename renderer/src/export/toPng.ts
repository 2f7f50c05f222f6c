import { PNG_LIMITS } from '../../../shared/model/limits';
import { ExportRefusal } from './pagePlan';
import type { ExportThread } from './worker/exportThread';
import type { ExportJob } from './builders/types';

export interface PngSize {
  width: number;
  height: number;
}

/** The largest scale (one decimal) at which this map's PNG stays within PNG_LIMITS.maxPixels. */
export function maxPngScale(size: PngSize): number {
  return Math.floor(Math.sqrt(PNG_LIMITS.maxPixels / (size.width * size.height)) * 10) / 10;
}

/** Tests set it to draw in small tiles, so the seams can be compared with a direct render. */
const tileOverride = () => (globalThis as { __waymarkPngTileSide?: number }).__waymarkPngTileSide;

function refuseTooLarge(size: PngSize, scale: number, w: number, h: number): never {
  const max = maxPngScale(size);
  throw new ExportRefusal(
    `A PNG of this map at ${scale}× would be ${w} × ${h} px, more than ${PNG_LIMITS.maxPixels / 1e6} million pixels. Choose ${max >= 1 ? `${max}× or less` : 'the PDF or SVG export'}; PDF and SVG have no size limit.`,
    {
      key: 'export.errors.pngTooLarge',
      params: { scale, width: w, height: h, max, limit: PNG_LIMITS.maxPixels / 1e6 },
    },
  );
}

async function oneCanvas(img: HTMLImageElement, W: number, H: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No canvas is available to draw the PNG.');
  ctx.drawImage(img, 0, 0, W, H);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The PNG could not be encoded.');
  return new Uint8Array(await blob.arrayBuffer());
}

async function decodeSvg(svg: string, background: 'white' | 'transparent'): Promise<HTMLImageElement> {
  const source =
    background === 'transparent' ? svg.replace('<rect width="100%" height="100%" fill="#ffffff"/>', '') : svg;
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The map's SVG rasterised at `scale`: on one canvas with the browser's native encoder when it
 * fits one comfortably, else in tiles, each band of rows compressed by the export thread
 * as soon as it is drawn; Cancel is honoured between tiles.
 */
export async function svgToPng(
  svg: string,
  size: PngSize,
  png: { scale: number; background: 'white' | 'transparent' },
  thread: ExportThread,
  checkpoint: ExportJob['checkpoint'],
): Promise<Uint8Array> {
  const W = Math.round(size.width * png.scale);
  const H = Math.round(size.height * png.scale);
  if (W * H > PNG_LIMITS.maxPixels) refuseTooLarge(size, png.scale, W, H);
  const img = await decodeSvg(svg, png.background);
  const override = tileOverride();
  const one = PNG_LIMITS.oneCanvas;
  if (!override && W <= one.side && H <= one.side && W * H <= one.area) return oneCanvas(img, W, H);
  const side = override ?? PNG_LIMITS.tileSide;
  const bandH = Math.max(1, Math.min(side, H, Math.floor(PNG_LIMITS.bandPixels / W)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.min(side, W);
  canvas.height = bandH;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('No canvas is available to draw the PNG.');
  await thread.pngStart(W, H);
  for (let y0 = 0; y0 < H; y0 += bandH) {
    const h = Math.min(bandH, H - y0);
    const band = new Uint8ClampedArray(W * h * 4);
    for (let x0 = 0; x0 < W; x0 += canvas.width) {
      const w = Math.min(canvas.width, W - x0);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      // The whole map drawn shifted: the browser clips it to the tile, so every tile is drawn
      // from the same vector image at the same scale and the seams line up pixel for pixel.
      ctx.setTransform(png.scale, 0, 0, png.scale, -x0, -y0);
      ctx.drawImage(img, 0, 0, size.width, size.height);
      const tile = ctx.getImageData(0, 0, w, h).data;
      for (let r = 0; r < h; r++) band.set(tile.subarray(r * w * 4, (r + 1) * w * 4), (r * W + x0) * 4);
    }
    await thread.pngRows(band);
    await checkpoint('image', 0.5 + (0.4 * (y0 + h)) / H);
  }
  return thread.pngEnd();
}
