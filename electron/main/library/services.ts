import type { LoadedMap, SavedMap } from '../../../shared/ipc/contract';
import { type ConnectionOptions } from './connection';
import { MapRepository } from './mapRepository';
import { openLibrary } from './openLibrary';
import { PersonaRepository } from './personaRepository';
import { SnapshotRepository } from './snapshotRepository';
import { createExampleMap } from '../../../shared/templates/examples';
import { LibraryError } from './errors';

export interface LibraryServices {
  file: string;
  schemaVersion: number;
  movedAside: string | null;
  maps: MapRepository;
  snapshots: SnapshotRepository;
  personas: PersonaRepository;
  /** A save with version history: an automatic snapshot first when one is due, in one transaction. */
  saveMap: (document: unknown, baseRevision: number) => SavedMap;
  createExample: (example: string) => LoadedMap;
  close: () => void;
}

/** Opens the library in a data folder and builds the repositories the handlers use. */
export function createLibraryServices(
  dir: string,
  options: ConnectionOptions & { now?: () => Date } = {},
): LibraryServices {
  const opened = openLibrary(dir, options);
  const now = options.now ?? (() => new Date());
  const maps = new MapRepository(opened.db, now);
  const snapshots = new SnapshotRepository(opened.db, maps, now);
  // Maps stored before search and thumbnails existed (or whose index was lost) get them now.
  maps.indexMissing();
  return {
    file: opened.file,
    schemaVersion: opened.schemaVersion,
    movedAside: opened.movedAside,
    maps,
    snapshots,
    personas: new PersonaRepository(opened.db, maps, now),
    saveMap: (document, baseRevision) =>
      opened.db.transaction(() => {
        const id = (document as { id?: unknown } | null)?.id;
        if (typeof id === 'string' && opened.db.prepare('SELECT 1 FROM maps WHERE id = ?').get(id))
          snapshots.autoBeforeSave(id);
        return maps.save(document, baseRevision);
      })(),
    createExample: (example) => {
      const document = createExampleMap(example, now());
      if (!document)
        throw new LibraryError('NOT_FOUND', `There is no example called "${example}".`, { key: 'errors.noExample' });
      const summary = maps.importDocument(document);
      return maps.load(summary.id);
    },
    close: () => opened.db.close(),
  };
}
