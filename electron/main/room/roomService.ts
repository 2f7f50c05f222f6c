import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import * as Y from 'yjs';
import { z } from 'zod';
import type { RoomRole } from '../../../shared/collab/roleCheck';
import type { RoomMember } from '../../../shared/collab/roomPresence';
import { AppError } from '../../../shared/ipc/errors';
import type { RoomChangedMessage } from '../../../shared/ipc/channels';
import type { Worker } from 'node:worker_threads';
import type { Translatable } from '../../../shared/ipc/errors';
import { ORIGINS } from '../../../shared/collab/origins';
import type { RoomStart } from './roomRunner';
import { RoomStartError, startIsolatedRoom, type IsolatedRoom } from './roomThreadClient';

export type RoomNetwork = 'lan' | 'loopback';

/** The local networks this computer is on (IPv4, not loopback): where phones can reach a room. */
export function lanNetworks(): { name: string; address: string }[] {
  return Object.entries(networkInterfaces()).flatMap(([name, list]) =>
    (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => ({ name, address: a.address })),
  );
}

/** The address a room listens on: the chosen network's (it must be one of ours), or the first. */
export function roomAddress(network: RoomNetwork, chosen: string | undefined): string | null {
  if (network === 'loopback') return '127.0.0.1';
  const lans = lanNetworks();
  if (chosen) return lans.some((n) => n.address === chosen) ? chosen : null;
  return lans[0]?.address ?? null;
}

/**
 * The open room, written down while it is open so that a host who crashed and opens the room
 * again on the same map gets the same link: the phones, still trying, find it and rejoin.
 * Closing the room (or quitting) removes it.
 */
const recordSchema = z.strictObject({
  mapId: z.string(),
  network: z.enum(['lan', 'loopback']),
  address: z.string(),
  token: z.string().regex(/^[0-9a-f]{32}$/),
  port: z.number().int().min(1).max(65535),
});
type RoomRecord = z.infer<typeof recordSchema>;

/** What the room tells the host window: participants' updates (merged), who is in the room, and news of the room itself. */
export interface RoomChange {
  updates: Uint8Array[];
  people: RoomMember[];
  open: boolean;
  /** The room's thread stopped and was started again (or could not be): said to the host in words. */
  notice: Translatable | null;
}

/** A change as the window receives it (ROOM_CHANGED_EVENT): the updates as base64. */
export function roomChangedMessage(change: RoomChange): RoomChangedMessage {
  return { ...change, updates: change.updates.map((u) => Buffer.from(u).toString('base64')) };
}

export interface RoomServiceOptions {
  /** The built room thread (dist/electron/roomThread.js). */
  thread: string | URL;
  /** Where the open room is written down, to come back on the same link after a crash. */
  recordFile?: () => string;
  /** Told of each room thread started (the tests stop one mid-workshop). */
  onWorker?: (worker: Worker) => void;
}

/**
 * The host side of a workshop room in the main process: one room at a time, run on a thread of
 * its own (roomThreadClient) so that no participant can take the window or the library down.
 * The host's map is kept here too, in step with the window's edits and the participants'
 * accepted changes: it is what a room that died starts again from. Participants' updates and
 * changes of who is in the room are pushed to the window as they happen (merged per turn of
 * the event loop), never polled.
 */
export class RoomService {
  private room: IsolatedRoom | null = null;
  private doc: Y.Doc | null = null;
  private queue: Uint8Array[] = [];
  private people: RoomMember[] = [];
  private notice: Translatable | null = null;
  private pushScheduled = false;
  private listener: ((change: RoomChange) => void) | null = null;

  constructor(
    private readonly appDir: string,
    private readonly options: RoomServiceOptions,
  ) {}

  /** Where changes go (the window's webContents.send in the app; a test's collector elsewhere). */
  onChange(listener: ((change: RoomChange) => void) | null): void {
    this.listener = listener;
  }

  /** Many updates in one turn (a burst of typing in the room) reach the window as one message. */
  private schedulePush(): void {
    if (this.pushScheduled) return;
    this.pushScheduled = true;
    setImmediate(() => {
      this.pushScheduled = false;
      const change = this.take();
      if (change.updates.length || change.open || change.notice) this.listener?.(change);
    });
  }

  async open(
    mapId: string,
    network: RoomNetwork,
    state: Uint8Array,
    chosen?: string,
  ): Promise<{ url: string; address: string; resumed: boolean }> {
    await this.close();
    const address = roomAddress(network, chosen);
    if (!address && chosen)
      throw new AppError('NOT_FOUND', 'That network is no longer available; choose another.', {
        key: 'room.networkGone',
      });
    if (!address)
      throw new AppError('NOT_FOUND', 'This computer is on no local network; open the room on this computer only.', {
        key: 'room.noNetwork',
      });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state, ORIGINS.fromHost);
    this.doc = doc;
    const last = this.readRecord();
    const resume = last?.mapId === mapId && last.network === network && last.address === address ? last : null;
    this.room = await this.listen({ host: address, appDir: this.appDir, state }, resume);
    const resumed = resume !== null && this.room.token === resume.token;
    this.writeRecord({ mapId, network, address, token: this.room.token, port: this.room.port });
    return { url: this.room.url, address, resumed };
  }

  /** The same token and port as before a crash when the port is still free; a new room otherwise. */
  private async listen(start: RoomStart, resume: RoomRecord | null): Promise<IsolatedRoom> {
    if (resume)
      try {
        return await this.launch({ ...start, token: resume.token, port: resume.port });
      } catch (err) {
        // The port went to another program: a new room, new link.
        if (!(err instanceof RoomStartError)) throw err;
      }
    return this.launch(start);
  }

  private launch(start: RoomStart): Promise<IsolatedRoom> {
    const doc = this.doc!;
    return startIsolatedRoom(
      this.options.thread,
      start,
      () => Y.encodeStateAsUpdate(doc),
      {
        updates: (update) => {
          Y.applyUpdate(doc, update, ORIGINS.fromRoom);
          this.queue.push(update);
          this.schedulePush();
        },
        people: (people) => {
          this.people = people;
          this.schedulePush();
        },
        restarted: () => this.tell({ key: 'room.restarted' }),
        gone: () => {
          this.room = null;
          this.people = [];
          this.clearRecord();
          this.tell({ key: 'room.gone' });
        },
      },
      { onWorker: this.options.onWorker },
    );
  }

  private tell(notice: Translatable): void {
    this.notice = notice;
    this.schedulePush();
  }

  /** The host window's own edits. */
  update(update: Uint8Array): void {
    if (!this.doc) return;
    Y.applyUpdate(this.doc, update, ORIGINS.fromHost);
    this.room?.update(update);
  }

  /** Participants' updates not yet pushed, merged into one, who is in the room, and news of it. */
  take(): RoomChange {
    const updates = this.queue.length ? [Y.mergeUpdates(this.queue)] : [];
    this.queue = [];
    const notice = this.notice;
    this.notice = null;
    return { updates, people: this.room ? this.people : [], open: this.room !== null, notice };
  }

  setRole(personId: string, role: Exclude<RoomRole, 'host'>): void {
    this.room?.setRole(personId, role);
  }

  /** Removes a person; true when their address was barred too (the window offers the lobby). */
  async remove(personId: string): Promise<boolean> {
    return (await this.room?.remove(personId)) ?? false;
  }

  setLobby(on: boolean): void {
    this.room?.setLobby(on);
  }

  admit(personId: string): void {
    this.room?.admit(personId);
  }

  async close(): Promise<void> {
    const room = this.room;
    this.room = null;
    await room?.close();
    this.doc?.destroy();
    if (room) this.clearRecord();
    this.doc = null;
    this.queue = [];
    this.people = [];
  }

  private readRecord(): RoomRecord | null {
    try {
      const parsed = recordSchema.safeParse(JSON.parse(readFileSync(this.options.recordFile?.() ?? '', 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private writeRecord(record: RoomRecord): void {
    if (!this.options.recordFile) return;
    const file = this.options.recordFile();
    writeFileSync(`${file}.tmp`, JSON.stringify(record));
    renameSync(`${file}.tmp`, file);
  }

  private clearRecord(): void {
    if (this.options.recordFile) rmSync(this.options.recordFile(), { force: true });
  }
}
