import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { imageSize } from 'image-size';
import { pictureRefusal, sniffImageType, type PictureRef } from '../../../shared/model/pictures';
import { pictureError } from './errors';

/**
 * Pictures on cards, stored once in the library by the SHA-256 of their bytes. Every picture is
 * checked again here, whatever the page says: its type from its first bytes, its dimensions from
 * its header, its size. A broken or lying file is refused and nothing is stored.
 */
export class PictureRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  /** Stores a picture once (after `inspect`), and names it. */
  put(base64: string): PictureRef {
    const { ref, type, bytes } = this.inspect(base64);
    this.db
      .prepare(
        'INSERT OR IGNORE INTO pictures (hash, type, width, height, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(ref.hash, type, ref.width, ref.height, bytes, this.now().toISOString());
    return ref;
  }

  /** Checks a picture's bytes (type, dimensions, size) and names it, storing nothing. */
  inspect(base64: string): { ref: PictureRef; type: string; bytes: Buffer } {
    const bytes = Buffer.from(base64, 'base64');
    const type = sniffImageType(bytes);
    let size = { width: 0, height: 0 };
    try {
      const read = imageSize(bytes);
      size = { width: read.width ?? 0, height: read.height ?? 0 };
    } catch {
      // A header that cannot be read is refused below, like a wrong type.
    }
    const refusal = pictureRefusal('card', bytes, size);
    if (refusal || !type) throw pictureError(refusal);
    const { width, height } = size;
    const hash = createHash('sha256').update(bytes).digest('hex');
    return { ref: { hash, width, height }, type, bytes };
  }

  /** A stored picture as a data: URL, or null when the library does not have it. */
  get(hash: string): string | null {
    const row = this.db.prepare('SELECT type, bytes FROM pictures WHERE hash = ?').get(hash) as
      { type: string; bytes: Buffer } | undefined;
    return row ? `data:${row.type};base64,${row.bytes.toString('base64')}` : null;
  }

  /**
   * Deletes every picture no map (in the trash too) and no version names any more. A hash is 64
   * hex characters found nowhere else in a document, so a text search of the stored JSON is exact.
   */
  collect(): number {
    return this.db
      .prepare(
        `DELETE FROM pictures WHERE NOT EXISTS (SELECT 1 FROM maps WHERE instr(document, pictures.hash) > 0)
           AND NOT EXISTS (SELECT 1 FROM snapshots WHERE instr(document, pictures.hash) > 0)`,
      )
      .run().changes;
  }
}
