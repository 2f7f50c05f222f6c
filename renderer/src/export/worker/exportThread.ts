import type { ExportControl } from '../exportTypes';
import type { FromExportThread, PictureResult, PictureWork, ToExportThread } from './pictureWork';

export class ExportCancelled extends Error {
  override name = 'ExportCancelled';
}

/**
 * One export's worker, asked one thing at a time. Cancel terminates it at once (whatever it is
 * computing), so the export stops within a frame and its memory goes with it.
 */
const startWorker = () => new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });

/** A started thread waiting for the next export: its code (pdf-lib, fontkit) is already loaded. */
let spare: Worker | null = null;

/** Starts the export thread ahead of need (the Export menu opened), so the export does not wait for it. */
export function prewarmExportThread(): void {
  spare ??= startWorker();
}

export class ExportThread {
  private readonly worker: Worker;
  /** Handed back as the spare thread: closing must not end it. */
  private released = false;
  private waiting: { resolve: (m: FromExportThread) => void; reject: (e: Error) => void } | null = null;
  private readonly stopOnCancel = () => this.fail(new ExportCancelled('Export cancelled.'));

  constructor(private readonly control: ExportControl) {
    this.worker = spare ?? startWorker();
    spare = null;
    this.worker.onmessage = (event: MessageEvent<FromExportThread>) => {
      const message = event.data;
      if (message.type === 'progress') control.onProgress?.(message.progress);
      else if (message.type === 'failed') this.fail(new Error(message.message), false);
      else this.settle(message);
    };
    this.worker.onerror = (event) => this.fail(new Error(event.message || 'The export stopped unexpectedly.'));
    control.signal?.addEventListener('abort', this.stopOnCancel);
  }

  async draw(work: PictureWork): Promise<PictureResult> {
    const reply = await this.ask({ type: 'draw', work });
    if (reply.type !== 'drawn') throw new Error('The export thread answered out of turn.');
    return reply.result;
  }

  async pngStart(width: number, height: number): Promise<void> {
    await this.ask({ type: 'png:start', width, height });
  }

  /** Hands a band of rows over (transferred, not copied) and waits until it is compressed. */
  async pngRows(rgba: Uint8ClampedArray): Promise<void> {
    await this.ask({ type: 'png:rows', rgba }, [rgba.buffer]);
  }

  async pngEnd(): Promise<Uint8Array> {
    const reply = await this.ask({ type: 'png:end' });
    if (reply.type !== 'png:done') throw new Error('The export thread answered out of turn.');
    return reply.bytes;
  }

  /** After an export that finished: the thread waits for the next one (or ends if one already waits). */
  release(): void {
    this.control.signal?.removeEventListener('abort', this.stopOnCancel);
    this.worker.onmessage = null;
    this.worker.onerror = null;
    if (spare) this.worker.terminate();
    else spare = this.worker;
    this.released = true;
  }

  /** Ends the thread (Cancel, a failure); nothing it was doing survives. */
  close(): void {
    if (this.released) return;
    this.control.signal?.removeEventListener('abort', this.stopOnCancel);
    this.worker.terminate();
  }

  private ask(message: ToExportThread, transfer: Transferable[] = []): Promise<FromExportThread> {
    if (this.control.signal?.aborted) return Promise.reject(new ExportCancelled('Export cancelled.'));
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.postMessage(message, transfer);
    });
  }

  private settle(message: FromExportThread): void {
    const w = this.waiting;
    this.waiting = null;
    w?.resolve(message);
  }

  private fail(err: Error, terminate = true): void {
    if (terminate) this.close();
    const w = this.waiting;
    this.waiting = null;
    w?.reject(err);
  }
}
