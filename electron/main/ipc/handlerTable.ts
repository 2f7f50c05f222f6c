import type { LibraryServices } from '../library/services';
import { libraryHandlers } from './libraryHandlers';
import { mapsHandlers } from './mapsHandlers';
import { snapshotsHandlers } from './snapshotsHandlers';
import { windowHandlers } from './windowHandlers';
import type { HandlerTable } from './types';

/** The table Electron registers and the e2e harness plugs into Chromium: one source. */
export function createHandlerTable(lib: LibraryServices, onReadyToClose: () => void = () => {}): HandlerTable {
  return {
    ...libraryHandlers(lib),
    ...mapsHandlers(lib),
    ...snapshotsHandlers(lib),
    ...windowHandlers(onReadyToClose),
  };
}
