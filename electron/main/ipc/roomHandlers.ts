import { AppError } from '../../../shared/ipc/errors';
import { lanNetworks } from '../room/roomService';
import type { AppServices } from './services';
import type { HandlersOf } from './types';

const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

/** The workshop room's channels: open it from the window's map, keep both in step, close it. */
export function roomHandlers({ room }: AppServices): HandlersOf<'room'> {
  const service = () => {
    if (!room) throw new AppError('NOT_FOUND', 'Workshop rooms are not available here.', { key: 'room.unavailable' });
    return room;
  };
  return {
    'room:open': async ({ mapId, network, address, state }) => service().open(mapId, network, bytes(state), address),
    'room:networks': () => lanNetworks(),
    'room:update': ({ update }) => {
      service().update(bytes(update));
      return null;
    },
    'room:setRole': ({ personId, role }) => {
      service().setRole(personId, role);
      return null;
    },
    'room:remove': async ({ personId }) => ({ barred: await service().remove(personId) }),
    'room:setLobby': ({ on }) => {
      service().setLobby(on);
      return null;
    },
    'room:admit': ({ personId }) => {
      service().admit(personId);
      return null;
    },
    'room:close': async () => {
      await service().close();
      return null;
    },
  };
}
