import { appHandlers } from './appHandlers';
import { libraryHandlers } from './libraryHandlers';
import { mapsHandlers } from './mapsHandlers';
import { personasHandlers } from './personasHandlers';
import { snapshotsHandlers } from './snapshotsHandlers';
import { windowHandlers } from './windowHandlers';
import { assetsHandlers, filesHandlers } from './filesHandlers';
import type { AppServices } from './services';
import type { HandlerTable } from './types';

/** The table Electron registers and the e2e harness plugs into Chromium: one source. */
export function createHandlerTable(services: AppServices): HandlerTable {
  const lib = services.library;
  return {
    ...libraryHandlers(lib, services.showInFolder),
    ...mapsHandlers(services),
    ...snapshotsHandlers(lib),
    ...personasHandlers(lib),
    ...windowHandlers(services.onReadyToClose ?? (() => {})),
    ...appHandlers(services),
    ...filesHandlers(services),
    ...assetsHandlers(services),
  };
}
