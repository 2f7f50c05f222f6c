// The import thread: one per file read, so parsing a hostile workbook or map file never holds
// up the window or the library. Built as its own file (dist/electron/importThread.js).
import { parentPort, workerData } from 'node:worker_threads';
import { readImportHere, sendError, type FromImport, type ImportPurpose } from './importReader';

const { path, purpose } = workerData as { path: string; purpose: ImportPurpose };
const answer = (message: FromImport) => parentPort!.postMessage(message);
try {
  answer({ ok: true, read: await readImportHere(path, purpose) });
} catch (err) {
  answer({ ok: false, error: sendError(err) });
}
