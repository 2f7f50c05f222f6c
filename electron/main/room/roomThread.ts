// The workshop room's own thread: its sockets, its copy of the map and every participant's
// message are handled here, with a heap ceiling, so a hostile phone can at worst stop this
// thread, never the window or the library. Built as its own file (dist/electron/roomThread.js).
import { parentPort, workerData } from 'node:worker_threads';
import { runRoom, type RunningRoom } from './roomRunner';
import type { FromRoom, RoomThreadData, ToRoom } from './roomThreadMessages';

const port = parentPort!;
const post = (message: FromRoom) => port.postMessage(message);

function serve(room: RunningRoom): void {
  const remembered = () => post({ type: 'memory', memory: room.memory() });
  port.on('message', (message: ToRoom) => {
    switch (message.type) {
      case 'update':
        return room.update(message.update);
      case 'setRole':
        room.setRole(message.personId, message.role);
        return remembered();
      case 'remove':
        post({ type: 'removed', id: message.id, barred: room.remove(message.personId) });
        return remembered();
      case 'setLobby':
        room.setLobby(message.on);
        return remembered();
      case 'admit':
        room.admit(message.personId);
        return remembered();
      case 'close':
        void room.close().then(() => {
          post({ type: 'closed' });
          port.close();
        });
    }
  });
}

try {
  const room = await runRoom(workerData as RoomThreadData, {
    updates: (update) => post({ type: 'updates', update }),
    people: (people) => post({ type: 'people', people }),
  });
  serve(room);
  post({ type: 'ready', url: room.url, token: room.token, port: room.port });
} catch (err) {
  const error = err as NodeJS.ErrnoException;
  post({ type: 'failed', message: error.message, code: error.code ?? null });
  port.close();
}
