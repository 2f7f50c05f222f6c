import { describe, expect, it, vi } from 'vitest';

vi.mock('node:os', async (original) => ({
  ...(await original<typeof import('node:os')>()),
  networkInterfaces: () => ({
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    eth0: [
      { address: '192.168.1.20', family: 'IPv4', internal: false },
      { address: 'fe80::1', family: 'IPv6', internal: false },
    ],
    wlan0: [{ address: '10.0.0.7', family: 'IPv4', internal: false }],
  }),
}));

const { lanNetworks, roomAddress, RoomService } = await import('../../../electron/main/room/roomService');

describe('choosing where a room listens', () => {
  it('offers every local IPv4 network (not loopback), and listens on the chosen one or the first', () => {
    expect(lanNetworks()).toEqual([
      { name: 'eth0', address: '192.168.1.20' },
      { name: 'wlan0', address: '10.0.0.7' },
    ]);
    expect(roomAddress('lan', undefined)).toBe('192.168.1.20');
    expect(roomAddress('lan', '10.0.0.7')).toBe('10.0.0.7');
    expect(roomAddress('loopback', '10.0.0.7')).toBe('127.0.0.1');
  });

  it('refuses an address that is not one of this computer’s networks, and opens nothing', async () => {
    const service = new RoomService('/nonexistent', { thread: 'unused.js' });
    await expect(service.open('map-1', 'lan', new Uint8Array([0, 0]), '203.0.113.9')).rejects.toMatchObject({
      i18n: { key: 'room.networkGone' },
    });
    expect(service.take().open).toBe(false);
  });
});
