import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PngStream } from '../../../renderer/src/export/worker/pngStream';

/** A picture with structure in every row and column, so a lost or repeated row shows. */
function pattern(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      rgba.set([(x * 7) & 255, (y * 13) & 255, (x ^ y) & 255, x % 5 === 0 ? 128 : 255], (y * width + x) * 4);
  return rgba;
}

describe('the streamed PNG encoder', () => {
  it('writes bands of rows as one PNG that another decoder reads pixel for pixel', async () => {
    const [width, height] = [301, 157];
    const rgba = pattern(width, height);
    const png = new PngStream(width, height);
    // Uneven bands, as the tiled export hands them over.
    for (const [from, to] of [
      [0, 1],
      [1, 64],
      [64, 150],
      [150, 157],
    ] as const)
      await png.push(rgba.subarray(from * width * 4, to * width * 4));
    const decoded = PNG.sync.read(Buffer.from(await png.finish()));
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect(Buffer.compare(decoded.data, Buffer.from(rgba))).toBe(0);
  });

  it('refuses rows that do not fit and a file with rows missing', async () => {
    const png = new PngStream(10, 4);
    await expect(png.push(new Uint8Array(10 * 4 * 3 + 4))).rejects.toThrow(/do not fit/);
    await png.push(new Uint8Array(10 * 4 * 3));
    await expect(png.finish()).rejects.toThrow(/3 of 4 rows/);
    await expect(png.push(new Uint8Array(10 * 4 * 2))).rejects.toThrow(/do not fit/);
  });
});
