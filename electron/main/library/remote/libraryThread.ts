// The library thread: owns the SQLite connection, so a save never holds up the main thread
// (window events, the workshop room's sockets). Built as its own file (dist/electron/libraryThread.js).
import { parentPort, workerData } from 'node:worker_threads';
import type { ConnectionOptions } from '../connection';
import { createLibraryServices, type LibraryServices } from '../services';
import { LIBRARY_AREAS, LIBRARY_CALLS, LIBRARY_FACTS, type LibraryFacts } from './libraryAccess';
import { sendError, type FromLibrary, type LibraryCall, type ToLibrary } from './libraryMessages';

export interface LibraryThreadData {
  dir: string;
  options: ConnectionOptions & { checkpointEveryMs?: number };
}

const port = parentPort!;
const post = (message: FromLibrary) => port.postMessage(message);

/** Only the declared repositories' and the library's own methods can be called, by name. */
function methodOf(lib: LibraryServices, call: LibraryCall): () => unknown {
  const target: object | null =
    call.area === null ? lib : (LIBRARY_AREAS as readonly string[]).includes(call.area) ? lib[call.area] : null;
  const allowed = call.area !== null || (LIBRARY_CALLS as readonly string[]).includes(call.method);
  const fn =
    target && allowed && call.method !== 'constructor' ? (target as Record<string, unknown>)[call.method] : null;
  if (typeof fn !== 'function') throw new Error(`The library has no call "${call.area ?? ''}.${call.method}".`);
  return () => (fn as (...a: unknown[]) => unknown).apply(target, call.args);
}

function serve(lib: LibraryServices): void {
  port.on('message', (message: ToLibrary) => {
    if (message.type === 'close') {
      lib.close();
      port.close();
      return;
    }
    let answer: FromLibrary;
    try {
      answer = { type: 'answer', id: message.id, ok: true, value: methodOf(lib, message)() };
    } catch (err) {
      answer = { type: 'answer', id: message.id, ok: false, error: sendError(err) };
    }
    // The record of committed changes is written before the save is confirmed: a save the
    // window was told of is always in the record, so its loss can never go unsaid.
    lib.afterRequest();
    post(answer);
  });
}

const { dir, options } = workerData as LibraryThreadData;
try {
  const lib = createLibraryServices(dir, options);
  const facts = Object.fromEntries(LIBRARY_FACTS.map((k) => [k, lib[k]])) as LibraryFacts;
  serve(lib);
  post({ type: 'ready', facts });
} catch (err) {
  post({ type: 'failed', error: sendError(err) });
  port.close();
}
