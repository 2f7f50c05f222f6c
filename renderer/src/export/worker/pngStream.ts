import CRC32 from 'crc-32';
import { Deflate } from 'pako';

/**
 * A PNG written row band by row band: pako's streaming deflate compresses the scanlines as they
 * arrive and each band becomes IDAT chunks at once, so an image far larger than any canvas is
 * never held whole (only the compressed file is). CRCs by crc-32; the framing is PNG's own
 * (signature, IHDR, IDAT…, IEND), a few lines no library offers as a row-streaming encoder.
 */
export class PngStream {
  private readonly parts: Uint8Array[] = [];
  private readonly deflate = new Deflate({ level: 3 });
  private rowsDone = 0;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.parts.push(new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]));
    const ihdr = new Uint8Array(13);
    const view = new DataView(ihdr.buffer);
    view.setUint32(0, width);
    view.setUint32(4, height);
    ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, adaptive filtering, no interlace
    this.chunk('IHDR', ihdr);
    this.deflate.onData = (data: Uint8Array) => this.chunk('IDAT', data);
  }

  /** The next rows, top to bottom: RGBA, `width` pixels each (unpremultiplied, as getImageData gives). */
  push(rgba: Uint8Array | Uint8ClampedArray): void {
    const stride = this.width * 4;
    const rows = rgba.length / stride;
    if (!Number.isInteger(rows) || this.rowsDone + rows > this.height)
      throw new Error('PNG rows do not fit the image.');
    const lines = new Uint8Array(rows * (stride + 1));
    for (let r = 0; r < rows; r++) {
      // Filter type 0 (none) on every line: fastest, and deflate still folds a map's flat areas.
      lines.set(rgba.subarray(r * stride, (r + 1) * stride), r * (stride + 1) + 1);
    }
    this.rowsDone += rows;
    this.deflate.push(lines, false);
  }

  /** The whole file, once every row has been pushed. */
  finish(): Uint8Array {
    if (this.rowsDone !== this.height) throw new Error(`PNG has ${this.rowsDone} of ${this.height} rows.`);
    this.deflate.push(new Uint8Array(0), true);
    if (this.deflate.err) throw new Error(`PNG compression failed: ${this.deflate.msg}`);
    this.chunk('IEND', new Uint8Array(0));
    const total = this.parts.reduce((n, p) => n + p.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of this.parts.splice(0)) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  private chunk(type: string, data: Uint8Array): void {
    const head = new Uint8Array(8);
    const view = new DataView(head.buffer);
    view.setUint32(0, data.length);
    for (let i = 0; i < 4; i++) head[4 + i] = type.charCodeAt(i);
    const crc = new Uint8Array(4);
    new DataView(crc.buffer).setInt32(0, CRC32.buf(data, CRC32.bstr(type)));
    this.parts.push(head, data.slice(), crc);
  }
}
