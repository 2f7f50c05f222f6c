import CRC32 from 'crc-32';

/**
 * A PNG written row band by row band: the platform's own zlib (CompressionStream 'deflate', the
 * zlib format PNG's IDAT holds; about twice as fast as a JavaScript deflate here) compresses the
 * scanlines as they arrive and its output becomes IDAT chunks at once, so an image far larger
 * than any canvas is never held whole (only the compressed file is). CRCs by crc-32; the framing
 * is PNG's own (signature, IHDR, IDAT…, IEND), a few lines no library offers as a row-streaming
 * encoder.
 */
export class PngStream {
  private readonly parts: Uint8Array[] = [];
  private readonly deflate = new CompressionStream('deflate');
  private readonly writer = this.deflate.writable.getWriter();
  private readonly compressed: Promise<void>;
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
    this.compressed = (async () => {
      const reader = this.deflate.readable.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        this.chunk('IDAT', value);
      }
    })();
  }

  /** The next rows, top to bottom: RGBA, `width` pixels each (unpremultiplied, as getImageData gives). */
  async push(rgba: Uint8Array | Uint8ClampedArray): Promise<void> {
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
    // Waiting for the stream to take the band keeps at most a band or two in memory.
    await this.writer.ready;
    await this.writer.write(lines);
  }

  /** The whole file, once every row has been pushed. */
  async finish(): Promise<Uint8Array> {
    if (this.rowsDone !== this.height) throw new Error(`PNG has ${this.rowsDone} of ${this.height} rows.`);
    await this.writer.close();
    await this.compressed;
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
    this.parts.push(head, data, crc);
  }
}
