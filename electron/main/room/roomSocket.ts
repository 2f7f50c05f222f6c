import WebSocket from 'ws';
import { ROOM_LIMITS } from '../../../shared/model/limits';

/** Counts events in the last minute (a person's updates, a person's requests for the whole map). */
export class MinuteWindow {
  private times: number[] = [];

  constructor(private readonly max: number) {}

  /** Records one more now; false when that makes more than the window allows. */
  take(now = Date.now()): boolean {
    this.times = this.times.filter((t) => now - t < 60_000);
    this.times.push(now);
    return this.times.length <= this.max;
  }
}

/**
 * Writes to a socket only while the bytes it has not yet taken stay under the limit: a reader
 * that does not read (a stalled phone, or one that asks and never listens) is dropped, and what
 * was queued for it is let go, instead of the host's memory growing with every message.
 * Returns false when the socket was dropped or is no longer open.
 */
export function sendBounded(socket: WebSocket, message: Uint8Array): boolean {
  if (socket.readyState !== WebSocket.OPEN) return false;
  if (socket.bufferedAmount + message.byteLength > ROOM_LIMITS.socketBufferBytes) {
    socket.terminate();
    return false;
  }
  socket.send(message);
  return true;
}

/**
 * Pings every socket each `intervalMs`; one that has not answered the previous ping is closed,
 * so a phone that vanished from the network without a word frees its seat within two intervals.
 * Browsers answer pings by themselves.
 */
export function heartbeat(sockets: () => Iterable<WebSocket>, intervalMs: number): () => void {
  const alive = new WeakSet<WebSocket>();
  const seen = new WeakSet<WebSocket>();
  const timer = setInterval(() => {
    for (const socket of sockets()) {
      if (!seen.has(socket)) {
        seen.add(socket);
        socket.on('pong', () => alive.add(socket));
      } else if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
