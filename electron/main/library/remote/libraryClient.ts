import { Worker } from 'node:worker_threads';
import { LIBRARY_AREAS, LIBRARY_CALLS, type LibraryArea, type LibraryThreadClient } from './libraryAccess';
import { receiveError, type FromLibrary, type LibraryCall, type ToLibrary } from './libraryMessages';
import type { LibraryThreadData } from './libraryThread';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

/** A repository whose every method is a message to the library thread. */
function remoteArea(
  call: (area: LibraryArea | null, method: string, args: unknown[]) => Promise<unknown>,
  area: LibraryArea,
) {
  return new Proxy(
    {},
    {
      get: (_target, method) =>
        typeof method === 'string' ? (...args: unknown[]) => call(area, method, args) : undefined,
    },
  );
}

/**
 * Starts the library thread (the built `libraryThread.js`) and resolves, once the library is
 * open, with the handlers' view of it; rejects with the library's own error (a damaged or
 * newer file, a folder that cannot be used) when it cannot open. Calls are answered in order.
 */
export function startLibraryThread(script: string | URL, data: LibraryThreadData): Promise<LibraryThreadClient> {
  const worker = new Worker(script, { workerData: data });
  const pending = new Map<number, Pending>();
  let next = 1;
  let closed: (() => void) | null = null;
  // After the thread has ended a message would go nowhere: a call then fails at once, not never.
  let ended: Error | null = null;
  const send = (message: ToLibrary) => worker.postMessage(message);
  const call = (area: LibraryArea | null, method: string, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      if (ended) return reject(ended);
      const id = next++;
      pending.set(id, { resolve, reject });
      send({ type: 'call', id, area, method, args } satisfies { type: 'call' } & LibraryCall);
    });
  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  return new Promise((resolve, reject) => {
    worker.on('message', (message: FromLibrary) => {
      if (message.type === 'ready')
        resolve({
          ...message.facts,
          ...(Object.fromEntries(LIBRARY_AREAS.map((a) => [a, remoteArea(call, a)])) as Pick<
            LibraryThreadClient,
            LibraryArea
          >),
          ...(Object.fromEntries(LIBRARY_CALLS.map((c) => [c, (...args: unknown[]) => call(null, c, args)])) as Pick<
            LibraryThreadClient,
            (typeof LIBRARY_CALLS)[number]
          >),
          // The thread keeps its record of commits after each call itself.
          afterRequest: () => {},
          // Resolved when the thread has ended, its last checkpoint written.
          close: () =>
            new Promise<void>((done) => {
              closed = done;
              send({ type: 'close' });
            }),
        });
      else if (message.type === 'failed') reject(receiveError(message.error));
      else {
        const p = pending.get(message.id);
        pending.delete(message.id);
        if (message.ok) p?.resolve(message.value);
        else p?.reject(receiveError(message.error));
      }
    });
    worker.on('error', (err) => {
      reject(err);
      failAll(new Error(`The library stopped: ${err.message}`));
    });
    worker.on('exit', () => {
      ended = new Error('The library has closed.');
      failAll(ended);
      closed?.();
    });
  });
}
