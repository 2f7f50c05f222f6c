import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomService, type RoomChange } from '../../../electron/main/room/roomService';
import { createMapDoc, readMap, writeMap } from '../../../shared/collab/mapBinding';
import { addCard, updateCard } from '../../../shared/model/operations';
import { sampleMap } from '../../helpers/sampleMap';
import { participant, until } from '../../helpers/roomParticipant';
import { bundleForChild } from '../../helpers/bundle';

const thread = bundleForChild('electron/main/room/roomThread.ts');
const service = new RoomService('/nonexistent', { thread });
afterEach(() => service.close());

describe('the host side of a room in the main process', () => {
  it('starts from the window’s state, pushes participants’ changes to the window, and relays the window’s edits', async () => {
    const window = createMapDoc(sampleMap());
    const pushed: RoomChange[] = [];
    // What the app does: each pushed change goes to the window, which applies it.
    service.onChange((change) => {
      pushed.push(change);
      for (const u of change.updates) Y.applyUpdate(window, u);
    });
    const { url, address } = await service.open('map-1', 'loopback', Y.encodeStateAsUpdate(window));
    expect(address).toBe('127.0.0.1');
    const lan = await participant(url);
    expect(readMap(lan.doc).cards.length).toBe(readMap(window).cards.length);

    const cell = readMap(lan.doc).lanes.find((l) => l.type === 'cards')!;
    lan.edit(
      (d) => addCard(d, { laneId: cell.id, stageId: d.stages[0]!.id, id: 'lan-1', text: 'Từ điện thoại' }),
      'lan-1',
    );
    await until(() => readMap(window).cards.some((c) => c.id === 'lan-1'));
    expect(readMap(window).cards.some((c) => c.id === 'lan-1')).toBe(true);
    // Who joined was pushed too, without the window asking.
    await until(() => pushed.some((c) => c.people.length === 1 && c.open));
    expect(service.take()).toMatchObject({ updates: [], open: true });

    // The window's own edit goes out to the phone, and is not queued back to the window.
    const withUpdates = pushed.filter((c) => c.updates.length).length;
    const before = Y.encodeStateVector(window);
    writeMap(window, updateCard(readMap(window), 'c1', { text: 'Host sửa' }));
    service.update(Y.encodeStateAsUpdate(window, before));
    await until(() => readMap(lan.doc).cards.some((c) => c.text === 'Host sửa'));
    expect(service.take().updates).toEqual([]);
    // …and never comes back to the window as a participant's change.
    await new Promise((r) => setImmediate(r));
    expect(pushed.filter((c) => c.updates.length)).toHaveLength(withUpdates);

    await service.close();
    service.onChange(null);
    expect(service.take()).toMatchObject({ open: false, people: [] });
  });

  it('comes back with the same link after the host crashed, so phones rejoin; a closed room does not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-room-'));
    const record = () => join(dir, 'open-room.json');
    const window = createMapDoc(sampleMap());
    const first = new RoomService('/nonexistent', { thread, recordFile: record });
    const opened = await first.open('map-1', 'loopback', Y.encodeStateAsUpdate(window));
    expect(opened.resumed).toBe(false);
    // A crash: the server dies without closing the room (its record stays).
    await first['room']!.close();
    const again = new RoomService('/nonexistent', { thread, recordFile: record });
    const back = await again.open('map-1', 'loopback', Y.encodeStateAsUpdate(window));
    expect(back).toMatchObject({ url: opened.url, resumed: true });
    const lan = await participant(back.url);
    expect(readMap(lan.doc).cards.length).toBe(readMap(window).cards.length);
    // Another map, or a room closed properly, gets a new link.
    await again.close();
    const other = new RoomService('/nonexistent', { thread, recordFile: record });
    const fresh = await other.open('map-1', 'loopback', Y.encodeStateAsUpdate(window));
    expect(fresh.url).not.toBe(opened.url);
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
