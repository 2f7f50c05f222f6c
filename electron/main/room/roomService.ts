import { networkInterfaces } from 'node:os';
import * as Y from 'yjs';
import { AppError } from '../../../shared/ipc/errors';
import { openRoom, type Room } from './roomServer';

/** The origin of updates that came from the host's window (not relayed back to it). */
const FROM_HOST = Symbol('host window');

/** The first local-network IPv4 address, for a room participants' phones can reach. */
export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return null;
}

/**
 * The host side of a workshop room in the main process: one room at a time, its Y.Doc started
 * from the host window's state, kept in step with the window's edits, and the participants'
 * updates queued for the window to pull.
 */
export class RoomService {
  private room: Room | null = null;
  private doc: Y.Doc | null = null;
  private queue: Uint8Array[] = [];

  constructor(private readonly appDir: string) {}

  async open(network: 'lan' | 'loopback', state: Uint8Array): Promise<{ url: string; address: string }> {
    await this.close();
    const address = network === 'lan' ? lanAddress() : '127.0.0.1';
    if (!address)
      throw new AppError('NOT_FOUND', 'This computer is on no local network; open the room on this computer only.', {
        key: 'room.noNetwork',
      });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state, FROM_HOST);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_HOST) this.queue.push(update);
    });
    this.doc = doc;
    this.room = await openRoom({ host: address, doc, appDir: this.appDir });
    return { url: this.room.url, address };
  }

  /** The host window's own edits. */
  update(update: Uint8Array): void {
    if (this.doc) Y.applyUpdate(this.doc, update, FROM_HOST);
  }

  /** Participants' updates since the last pull, merged into one. */
  pull(): { updates: Uint8Array[]; people: number; open: boolean } {
    const updates = this.queue.length ? [Y.mergeUpdates(this.queue)] : [];
    this.queue = [];
    return { updates, people: this.room?.people().length ?? 0, open: this.room !== null };
  }

  async close(): Promise<void> {
    await this.room?.close();
    this.doc?.destroy();
    this.room = null;
    this.doc = null;
    this.queue = [];
  }
}
