import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import { ROOM_MESSAGE as MESSAGE, roomFrame, type RoomWelcome } from '../../shared/collab/roomProtocol';
import { ORIGINS, isRelayed } from '../../shared/collab/origins';
import type { Presence, RoomMember } from '../../shared/collab/roomPresence';
import * as awarenessProtocol from 'y-protocols/awareness';
import { randomBytes } from 'node:crypto';
import { AUTHORS_KEY as AUTHORS } from '../../shared/collab/authors';
import { readMap, writeMap } from '../../shared/collab/mapBinding';
import type { JourneyMap } from '../../shared/model/types';

/** A participant as the phone app will be (used by the tests and by `npm run bench -- --room`): a Y.Doc synced over y-protocols. */
export async function participant(url: string, key = randomBytes(16).toString('hex'), options = { map: true }) {
  const doc = new Y.Doc();
  const socket = new WebSocket(`${url.replace('http', 'ws')}/ws?key=${key}`);
  let people: RoomMember[] = [];
  const refusals: { key: string }[] = [];
  // The server says who this is as it lets us in.
  let me = '';
  socket.binaryType = 'arraybuffer';
  socket.on('message', (data: ArrayBuffer) => {
    const { type, body } = roomFrame.decode(new Uint8Array(data));
    if (type === MESSAGE.refused) refusals.push(roomFrame.readJson<{ key: string }>(body));
    if (type === MESSAGE.welcome) me = roomFrame.readJson<RoomWelcome>(body).person.id;
    if (type === MESSAGE.people) people = roomFrame.readJson<RoomMember[]>(body);
    if (type !== MESSAGE.sync) return;
    const reply = roomFrame.syncReply(body, doc, ORIGINS.fromRoom);
    if (reply) socket.send(reply);
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (!isRelayed(origin) || socket.readyState !== WebSocket.OPEN) return;
    socket.send(roomFrame.encode(MESSAGE.sync, (e) => sync.writeUpdate(e, update)));
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => {
      socket.send(roomFrame.encode(MESSAGE.sync, (e) => sync.writeSyncStep1(e, doc)));
      resolve();
    });
    socket.once('error', reject);
  });
  // A person in the lobby gets no map until the host lets them in.
  if (options.map) await waitFor(() => readMap(doc).cards?.length > 0);
  const edit = (op: (d: JourneyMap) => JourneyMap, claim?: string) =>
    doc.transact(() => {
      writeMap(doc, op(readMap(doc)));
      if (claim) doc.getMap<string>(AUTHORS).set(claim, me);
    });
  /** Says who this is through y-protocols awareness, as the phone page does. */
  const present = (presence: Presence) => {
    awareness.setLocalState(presence);
    socket.send(
      roomFrame.encode(MESSAGE.awareness, (e) =>
        encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])),
      ),
    );
  };
  const awareness = new awarenessProtocol.Awareness(doc);
  return { doc, socket, refusals, edit, present, me: () => me, people: () => people };
}

/** Waits for a condition, at most `ms` (loopback traffic settles in milliseconds); false if it never held. */
export async function waitFor(ok: () => boolean, ms = 2000): Promise<boolean> {
  for (let i = 0; i < ms / 10 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  return ok();
}
