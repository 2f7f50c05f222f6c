import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type ReadRefusal =
  { kind: 'missing' } | { kind: 'not-a-file' } | { kind: 'too-big'; bytes: number; max: number };

export class ReadRefused extends Error {
  constructor(readonly refusal: ReadRefusal) {
    super(`read refused: ${refusal.kind}`);
    this.name = 'ReadRefused';
  }
}

const CHUNK = 1024 * 1024;

/**
 * Streams a regular file to `onChunk` and returns the whole content, never more than `max`
 * bytes. The file is opened non-blocking and checked on the open handle (not by path), so a
 * FIFO cannot block the open, a symlink to /dev/zero or a device is refused instead of read
 * forever, and a file that grows while it is read stops at the limit. Reads go through libuv's
 * thread pool: the calling thread never waits on the disk.
 */
export async function readBoundedFile(
  path: string,
  max: number,
  onChunk: (chunk: Buffer) => void = () => {},
): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw new ReadRefused({ kind: 'missing' });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ReadRefused({ kind: 'not-a-file' });
    if (info.size > max) throw new ReadRefused({ kind: 'too-big', bytes: info.size, max });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw new ReadRefused({ kind: 'too-big', bytes: total, max });
      const chunk = buffer.subarray(0, bytesRead);
      onChunk(chunk);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
