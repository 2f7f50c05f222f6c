import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable';
import { createInvoker } from '../../../electron/main/ipc/invoker';
import { createLibraryServices } from '../../../electron/main/library/services';
import { RoomService, roomChangedMessage } from '../../../electron/main/room/roomService';
import { createHostRoom } from '../../../renderer/src/editor/room/hostRoom';
import { commitCardText } from '../../../renderer/src/store/cardText';
import { createWaymarkStore } from '../../../renderer/src/store/createWaymarkStore';
import { readMap } from '../../../shared/collab/mapBinding';
import { buildApi } from '../../../shared/ipc/api';
import type { RoomChangedMessage } from '../../../shared/ipc/channels';
import { addCard, updateCard } from '../../../shared/model/operations';
import { stubFileServices } from '../../helpers/fileStubs';
import { participant, until } from '../../helpers/roomParticipant';
import { bundleForChild } from '../../helpers/bundle';

const APP = 'app://waymark/index.html';
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/**
 * The host's window as the app builds it, without React: the store, the room's lifetime object
 * and the real handler table and room service behind window.waymark; the room's pushed changes
 * delivered as webContents.send would.
 */
function hostWindow() {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-hostroom-'));
  const library = createLibraryServices(dir);
  const room = new RoomService('/nonexistent', { thread: bundleForChild('electron/main/room/roomThread.ts') });
  const listeners = new Set<(m: RoomChangedMessage) => void>();
  room.onChange((change) => listeners.forEach((l) => l(roomChangedMessage(change))));
  const invoke = createInvoker(
    createHandlerTable({ library, files: stubFileServices({ saveDir: dir, importPath: null, saved: [] }), room }),
    () => true,
  );
  const api = buildApi((channel, request) => invoke({ url: APP, isMainFrame: true }, channel, request));
  const store = createWaymarkStore();
  const events = {
    onRoomChanged: (l: (m: RoomChangedMessage) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const host = createHostRoom(
    api,
    store,
    () => events,
    (key) => key,
  );
  cleanups.push(async () => {
    await room.close();
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const example = library.createExample('shopee-retail');
  store.getState().openMap({ document: example.document, revision: example.revision });
  return { store, host, library, room };
}

describe('the workshop room owned by a service, pushed not polled', () => {
  it('brings a phone’s card to the host by a pushed event and keeps the room whatever the screens do', async () => {
    const { store, host, room } = hostWindow();
    await host.open({ network: 'loopback' });
    const url = store.getState().room!.url;
    const phone = await participant(url);
    cleanups.push(() => void phone.socket.close());
    const doc = store.getState().doc!;
    const lane = doc.lanes.find((l) => l.type === 'cards')!;
    phone.edit(
      (d) => addCard(d, { laneId: lane.id, stageId: d.stages[0]!.id, id: 'phone-1', text: 'Từ điện thoại' }),
      'phone-1',
    );
    // No poll runs anywhere: the change arrives because the room pushed it.
    await until(() => store.getState().doc!.cards.some((c) => c.id === 'phone-1'));
    await until(() => store.getState().room!.people.length === 1);
    // The room is the service's, not a component's: only leaving the map ends it.
    expect(host.isOpen()).toBe(true);
    expect(room.take().open).toBe(true);
    store.getState().closeMap();
    await until(() => !host.isOpen() && phone.socket.readyState === phone.socket.CLOSED);
    expect(store.getState().room).toBeNull();
  });

  it('merges a phone’s edit to a card the host is typing in, letter by letter, instead of overwriting it', async () => {
    const { store, host, room } = hostWindow();
    await host.open({ network: 'loopback' });
    const phone = await participant(store.getState().room!.url);
    cleanups.push(() => void phone.socket.close());
    await until(() => phone.me() !== '');
    room.setRole(phone.me(), 'cofacilitator');
    const card = store.getState().doc!.cards.find((c) => c.text.length > 10)!;
    const base = card.text;
    // The host opens the card's editor (the text it starts from is `base`)…
    const typed = `${base} (đã xác minh)`;
    // …and meanwhile a co-facilitator's phone changes the start of the same card.
    phone.edit((d) => updateCard(d, card.id, { text: `Gấp: ${base}` }));
    await until(() => store.getState().doc!.cards.find((c) => c.id === card.id)!.text === `Gấp: ${base}`);
    commitCardText(store, card.id, base, typed);
    const merged = `Gấp: ${base} (đã xác minh)`;
    expect(store.getState().doc!.cards.find((c) => c.id === card.id)!.text).toBe(merged);
    // The phone ends with the same text: nobody's typing was lost.
    await until(() => readMap(phone.doc).cards.find((c) => c.id === card.id)!.text === merged);
    // Undo takes back only the host's part.
    store.history.getState().undo();
    expect(store.getState().doc!.cards.find((c) => c.id === card.id)!.text).toBe(`Gấp: ${base}`);
  });
});
