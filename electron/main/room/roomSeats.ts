import { ROOM_LIMITS } from '../../../shared/model/limits';

/** The people (person ids) and addresses a room keeps out. */
export interface RoomBars {
  keys: string[];
  addresses: string[];
}

/** Whether a new socket may come in: as a member, into the lobby, or not at all (and why). */
export type Seat = 'in' | 'lobby' | 'removed' | 'full' | 'tooManySockets';

/** An IPv4 address as IPv6 sockets report it (::ffff:10.0.0.5) and as IPv4 ones do are one address. */
const plainAddress = (address: string | undefined) => (address ?? '').replace(/^::ffff:/, '');

/**
 * Who may sit in the room: at most `participants` people (a person is a browser key, however
 * many sockets it opens), each with at most `socketsPerPerson` sockets; a removed person is
 * barred by their key and by the address they connected from. A new key from a barred address
 * (the same phone after clearing its data, or someone else behind the same router) waits in the
 * lobby when it is on, and is refused when it is not: the host decides who that is. Addresses
 * of this computer are never barred (a room on this computer only is all one address).
 */
export class RoomSeats {
  private readonly barredKeys: Set<string>;
  private readonly barredAddresses: Set<string>;

  constructor(
    private readonly ownAddresses: readonly string[],
    bars: RoomBars = { keys: [], addresses: [] },
  ) {
    this.barredKeys = new Set(bars.keys);
    this.barredAddresses = new Set(bars.addresses);
  }

  /** Who is barred, to carry over when the room is started again. */
  bars(): RoomBars {
    return { keys: [...this.barredKeys], addresses: [...this.barredAddresses] };
  }

  /** Where a newcomer goes, given who holds sockets now (person id per open socket). */
  seat(id: string, address: string | undefined, holders: readonly string[], lobby: boolean, admitted: boolean): Seat {
    if (this.barredKeys.has(id)) return 'removed';
    const mine = holders.filter((h) => h === id).length;
    if (mine >= ROOM_LIMITS.socketsPerPerson) return 'tooManySockets';
    if (mine === 0 && new Set(holders).size >= ROOM_LIMITS.participants) return 'full';
    if (this.barredAddresses.has(plainAddress(address)) && !admitted) return lobby ? 'lobby' : 'removed';
    return lobby && !admitted ? 'lobby' : 'in';
  }

  /** Bars a person by key and by the addresses their sockets came from; true when an address was barred. */
  bar(id: string, addresses: readonly (string | undefined)[]): boolean {
    this.barredKeys.add(id);
    let barred = false;
    for (const raw of addresses) {
      const address = plainAddress(raw);
      if (!address || this.isOwn(address)) continue;
      this.barredAddresses.add(address);
      barred = true;
    }
    return barred;
  }

  private isOwn(address: string): boolean {
    return address === '127.0.0.1' || address === '::1' || this.ownAddresses.includes(address);
  }
}
