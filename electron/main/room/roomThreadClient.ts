import { Worker } from 'node:worker_threads';
import type { RoomMember } from '../../../shared/collab/roomPresence';
import { ROOM_LIMITS } from '../../../shared/model/limits';
import type { RoomEvents, RoomStart, RunningRoom } from './roomRunner';
import type { RoomMemory } from './roomServer';
import type { FromRoom, ToRoom } from './roomThreadMessages';

/** What the host's side is told beyond the room's own events: it was started again, or it is gone. */
export interface IsolatedRoomEvents extends RoomEvents {
  restarted: () => void;
  gone: () => void;
}

/**
 * A room on its own thread, as the host's side drives it: the running room's controls, with a
 * removal answered across the thread, and no view of the host's decisions (the thread keeps them).
 */
export type IsolatedRoom = Omit<RunningRoom, 'remove' | 'memory'> & {
  remove: (personId: string) => Promise<boolean>;
};

/** Why a room's thread could not start (the port is taken, the address is gone). */
export class RoomStartError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

interface Running {
  worker: Worker;
  url: string;
  token: string;
  port: number;
}

/** Starts one room thread and resolves when it listens. */
function launch(
  script: string | URL,
  start: RoomStart,
  onMessage: (message: FromRoom) => void,
  onExit: () => void,
): Promise<Running> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      workerData: start,
      // A room that needs more than this is stopped (and started again), not the app.
      resourceLimits: { maxOldGenerationSizeMb: ROOM_LIMITS.threadHeapMb, maxYoungGenerationSizeMb: 32 },
    });
    let ready = false;
    worker.on('message', (message: FromRoom) => {
      if (message.type === 'ready') {
        ready = true;
        resolve({ worker, url: message.url, token: message.token, port: message.port });
      } else if (message.type === 'failed') reject(new RoomStartError(message.message, message.code));
      else onMessage(message);
    });
    // An out-of-memory or a crash is an 'error' and then an 'exit': the exit restarts the room.
    worker.on('error', (err) => {
      if (!ready) reject(err);
    });
    worker.on('exit', () => {
      if (!ready) reject(new RoomStartError('The room’s thread ended before the room opened.', null));
      else onExit();
    });
  });
}

/**
 * Runs a workshop room on a thread of its own, with a heap ceiling. The host's map stays in
 * the main process (`state()` is the truth): when the thread dies (a crash, an out-of-memory,
 * a kill), the host is told, and the room starts again from the host's map on the same address,
 * port and token, with the host's decisions (roles, lobby, removals), so phones reconnect by
 * themselves and re-send whatever the room had not yet passed on. A room that keeps dying is
 * given up on, and the host is told that too.
 */
export async function startIsolatedRoom(
  script: string | URL,
  start: RoomStart,
  state: () => Uint8Array,
  events: IsolatedRoomEvents,
  hooks: { onWorker?: (worker: Worker) => void } = {},
): Promise<IsolatedRoom> {
  let memory: RoomMemory | undefined = start.memory;
  let closing = false;
  let nextId = 1;
  const removals = new Map<number, (barred: boolean) => void>();
  const held: ToRoom[] = [];
  const deaths: number[] = [];
  let current: Running | null = null;

  const onMessage = (message: FromRoom) => {
    if (message.type === 'updates') events.updates(message.update);
    else if (message.type === 'people') events.people(message.people as RoomMember[]);
    else if (message.type === 'memory') memory = message.memory;
    else if (message.type === 'removed') {
      removals.get(message.id)?.(message.barred);
      removals.delete(message.id);
    }
  };
  const begin = async (from: RoomStart) => {
    const running = await launch(script, from, onMessage, () => died(running));
    hooks.onWorker?.(running.worker);
    // Closed while it was starting again: it must not go on listening.
    if (closing) {
      await running.worker.terminate();
      throw new RoomStartError('The room was closed while it started again.', null);
    }
    current = running;
    for (const message of held.splice(0)) running.worker.postMessage(message);
    return running;
  };
  const died = (running: Running) => {
    if (current === running) current = null;
    if (closing) return;
    events.people([]);
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && now - deaths[0]! > ROOM_LIMITS.restartWindowMs) deaths.shift();
    // A removal in flight is answered as done: the host's decision is in `memory` only if it landed.
    for (const answer of removals.values()) answer(false);
    removals.clear();
    if (deaths.length > ROOM_LIMITS.threadRestarts) return events.gone();
    events.restarted();
    const again = { ...start, token: first.token, port: first.port, state: state(), memory };
    begin(again).catch(() => {
      if (!closing) events.gone();
    });
  };
  const send = (message: ToRoom) => {
    if (current) current.worker.postMessage(message);
    // While the thread starts again, the host's edits are already in `state()`; its decisions wait.
    else if (message.type !== 'update') held.push(message);
  };

  const first = await begin(start);
  return {
    url: first.url,
    token: first.token,
    port: first.port,
    update: (update) => send({ type: 'update', update }),
    setRole: (personId, role) => send({ type: 'setRole', personId, role }),
    remove: (personId) =>
      new Promise<boolean>((resolve) => {
        const id = nextId++;
        removals.set(id, resolve);
        send({ type: 'remove', id, personId });
      }),
    setLobby: (on) => send({ type: 'setLobby', on }),
    admit: (personId) => send({ type: 'admit', personId }),
    close: async () => {
      closing = true;
      const running = current;
      if (!running) return;
      const ended = new Promise<void>((resolve) => running.worker.once('exit', () => resolve()));
      running.worker.postMessage({ type: 'close' } satisfies ToRoom);
      // A thread that does not end after closing its sockets is stopped: the room is over either way.
      const stop = setTimeout(() => void running.worker.terminate(), 5_000);
      await ended;
      clearTimeout(stop);
    },
  };
}
