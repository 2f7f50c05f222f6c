import { appHandlers } from './appHandlers';
import { roomHandlers } from './roomHandlers';
import { libraryHandlers } from './libraryHandlers';
import { mapsHandlers } from './mapsHandlers';
import { backlogHandlers, insightsHandlers } from './insightsHandlers';
import { personasHandlers } from './personasHandlers';
import { picturesHandlers } from './picturesHandlers';
import { snapshotsHandlers } from './snapshotsHandlers';
import { windowHandlers } from './windowHandlers';
import { assetsHandlers, filesHandlers, notesHandlers } from './filesHandlers';
import type { AppServices } from './services';
import type { HandlerTable } from './types';
import { explainStorageError } from './storageErrors';

/**
 * Every handler, followed by the library's bookkeeping (the record of committed changes) and
 * with disk and file failures turned into messages a person can act on.
 */
function withStorage(table: HandlerTable, services: AppServices): HandlerTable {
  const lib = services.library;
  const wrapped = Object.entries(table).map(([channel, handler]) => [
    channel,
    async (request: unknown) => {
      try {
        return await (handler as (r: unknown) => unknown)(request);
      } catch (err) {
        throw explainStorageError(err, lib.file) ?? err;
      } finally {
        lib.afterRequest();
      }
    },
  ]);
  return Object.fromEntries(wrapped) as HandlerTable;
}

/** The table Electron registers and the e2e harness plugs into Chromium: one source. */
export function createHandlerTable(services: AppServices): HandlerTable {
  return withStorage(handlers(services), services);
}

function handlers(services: AppServices): HandlerTable {
  const lib = services.library;
  return {
    ...libraryHandlers(lib, services.showInFolder),
    ...mapsHandlers(services),
    ...snapshotsHandlers(lib),
    ...personasHandlers(lib),
    ...insightsHandlers(lib),
    ...backlogHandlers(lib),
    ...notesHandlers(services),
    ...picturesHandlers(lib),
    ...windowHandlers(services.onReadyToClose ?? (() => {})),
    ...appHandlers(services),
    ...roomHandlers(services),
    ...filesHandlers(services),
    ...assetsHandlers(services),
  };
}
