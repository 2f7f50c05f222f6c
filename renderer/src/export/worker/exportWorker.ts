// The export thread (a Web Worker): layout, display list, PDF and SVG, and the PNG encoder, so a
// 1,000-card export never holds up the editor; Cancel ends it by terminating the worker.
import { drawPicture } from './drawPicture';
import { PngStream } from './pngStream';
import type { FromExportThread, ToExportThread } from './pictureWork';

// The DOM typings describe a window; in a dedicated worker postMessage takes a transfer list.
const scope = self as unknown as { postMessage: (m: FromExportThread, t: Transferable[]) => void };
const post = (message: FromExportThread, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
let png: PngStream | null = null;

self.onmessage = async (event: MessageEvent<ToExportThread>) => {
  const message = event.data;
  try {
    if (message.type === 'draw') {
      const result = await drawPicture(message.work, (step, fraction, page) =>
        post({ type: 'progress', progress: { step, fraction, ...(page ? { page } : {}) } }),
      );
      post({ type: 'drawn', result }, result.format === 'pdf' ? [result.bytes.buffer] : []);
    } else if (message.type === 'png:start') {
      png = new PngStream(message.width, message.height);
      post({ type: 'png:ready' });
    } else if (message.type === 'png:rows') {
      await png!.push(message.rgba);
      post({ type: 'png:ready' });
    } else {
      const bytes = await png!.finish();
      png = null;
      post({ type: 'png:done', bytes }, [bytes.buffer]);
    }
  } catch (err) {
    post({ type: 'failed', message: (err as Error)?.message ?? String(err) });
  }
};
