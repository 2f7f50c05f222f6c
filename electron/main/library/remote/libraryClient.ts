import { Worker } from 'node:worker_threads';
import { LibraryError } from '../errors';
import { LIBRARY_AREAS, LIBRARY_CALLS, type LibraryArea, type LibraryThreadClient } from './libraryAccess';
import { receiveError, type FromLibrary, type LibraryCall, type ToLibrary } from './libraryMessages';
import type { LibraryThreadData } from './libraryThread';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

/** How often a library thread that keeps dying is started again before Waymark gives up. */
export const LIBRARY_RESTARTS = { max: 3, withinMs: 60_000 } as const;

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

/** What a call in flight is told when the thread dies under it: said in words, and retried by the window. */
const restarted = () =>
  new LibraryError(
    'STORAGE_ERROR',
    'The library stopped unexpectedly and was started again; the last change was not confirmed, so it is saved again.',
    { key: 'errors.libraryRestarted' },
  );
const gone = () =>
  new LibraryError(
    'STORAGE_ERROR',
    'The library stopped several times and could not be started again. Restart Waymark.',
    {
      key: 'errors.libraryGone',
    },
  );

/** One thread: its worker, its calls in flight, and a way to stop it for good. */
interface Running {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Starts the library thread (the built `libraryThread.js`) and resolves, once the library is
 * open, with the handlers' view of it; rejects with the library's own error (a damaged or
 * newer file, a folder that cannot be used) when it cannot open. Calls are answered in order.
 * If the thread dies later (a crash, an out-of-memory), it is started again on the same
 * library: calls in flight fail with a message that says so (the window saves again), calls made
 * meanwhile wait for the new thread. A thread that keeps dying is given up on, in words.
 */
export function startLibraryThread(
  script: string | URL,
  data: LibraryThreadData,
  hooks: { onWorker?: (worker: Worker) => void } = {},
): Promise<LibraryThreadClient> {
  let next = 1;
  let current: Running | null = null;
  let starting: Promise<Running> | null = null;
  let closing: (() => void) | null = null;
  let ended: Error | null = null;
  const deaths: number[] = [];

  const start = (onReady: (facts: Extract<FromLibrary, { type: 'ready' }>['facts']) => void) =>
    new Promise<Running>((resolve, reject) => {
      const worker = new Worker(script, { workerData: data });
      hooks.onWorker?.(worker);
      const running: Running = { worker, pending: new Map() };
      let ready = false;
      worker.on('message', (message: FromLibrary) => {
        if (message.type === 'ready') {
          ready = true;
          // Calls go to this thread from now on (set before anyone awaiting the client runs).
          current = running;
          onReady(message.facts);
          resolve(running);
        } else if (message.type === 'failed') reject(receiveError(message.error));
        else {
          const p = running.pending.get(message.id);
          running.pending.delete(message.id);
          if (message.ok) p?.resolve(message.value);
          else p?.reject(receiveError(message.error));
        }
      });
      worker.on('error', (err) => {
        if (!ready) reject(err);
      });
      worker.on('exit', () => {
        if (!ready) reject(new Error('The library thread ended before the library opened.'));
        else died(running);
      });
    });

  const died = (running: Running) => {
    if (current === running) current = null;
    if (closing) {
      ended = new Error('The library has closed.');
      for (const p of running.pending.values()) p.reject(ended);
      closing();
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && now - deaths[0]! > LIBRARY_RESTARTS.withinMs) deaths.shift();
    const giveUp = deaths.length > LIBRARY_RESTARTS.max;
    for (const p of running.pending.values()) p.reject(giveUp ? gone() : restarted());
    if (giveUp) {
      ended = gone();
      return;
    }
    starting = start(() => {}).then(
      (again) => ((starting = null), again),
      (err: Error) => {
        ended = gone();
        starting = null;
        throw err;
      },
    );
    starting.catch(() => {});
  };

  const call = async (area: LibraryArea | null, method: string, args: unknown[]): Promise<unknown> => {
    if (ended) throw ended;
    const running = current ?? (starting ? await starting.catch(() => null) : null);
    if (!running) throw ended ?? gone();
    return new Promise<unknown>((resolve, reject) => {
      const id = next++;
      running.pending.set(id, { resolve, reject });
      running.worker.postMessage({ type: 'call', id, area, method, args } satisfies { type: 'call' } & LibraryCall);
    });
  };

  return new Promise((resolve, reject) => {
    start((facts) =>
      resolve({
        ...facts,
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
            closing = done;
            if (!current) return done();
            current.worker.postMessage({ type: 'close' } satisfies ToLibrary);
          }),
      }),
    ).catch(reject);
  });
}
