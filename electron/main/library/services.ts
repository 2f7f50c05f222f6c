import { type ConnectionOptions } from './connection';
import { MapRepository } from './mapRepository';
import { openLibrary } from './openLibrary';
import { SnapshotRepository } from './snapshotRepository';

export interface LibraryServices {
  file: string;
  schemaVersion: number;
  movedAside: string | null;
  maps: MapRepository;
  snapshots: SnapshotRepository;
  close: () => void;
}

/** Opens the library in a data folder and builds the repositories the handlers use. */
export function createLibraryServices(
  dir: string,
  options: ConnectionOptions & { now?: () => Date } = {},
): LibraryServices {
  const opened = openLibrary(dir, options);
  const maps = new MapRepository(opened.db, options.now);
  return {
    file: opened.file,
    schemaVersion: opened.schemaVersion,
    movedAside: opened.movedAside,
    maps,
    snapshots: new SnapshotRepository(opened.db, maps, options.now),
    close: () => opened.db.close(),
  };
}
