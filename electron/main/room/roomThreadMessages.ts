import type { RoomRole } from '../../../shared/collab/roleCheck';
import type { RoomMember } from '../../../shared/collab/roomPresence';
import type { RoomStart } from './roomRunner';
import type { RoomMemory } from './roomServer';

/** What the room's thread is started with. */
export type RoomThreadData = RoomStart;

/** From the host's side to the room's thread. */
export type ToRoom =
  | { type: 'update'; update: Uint8Array }
  | { type: 'setRole'; personId: string; role: Exclude<RoomRole, 'host'> }
  | { type: 'remove'; id: number; personId: string }
  | { type: 'setLobby'; on: boolean }
  | { type: 'admit'; personId: string }
  | { type: 'close' };

/** From the room's thread to the host's side. */
export type FromRoom =
  | { type: 'ready'; url: string; token: string; port: number }
  | { type: 'failed'; message: string; code: string | null }
  | { type: 'updates'; update: Uint8Array }
  | { type: 'people'; people: RoomMember[] }
  | { type: 'memory'; memory: RoomMemory }
  | { type: 'removed'; id: number; barred: boolean }
  | { type: 'closed' };
