import type { LoadedMap, SavedMap } from '../../../shared/ipc/contract';
import type { CarriedInsight } from '../../../shared/model/insight';
import type { JourneyMap, MapSummary } from '../../../shared/model/types';
import { type ConnectionOptions } from './connection';
import { MapRepository } from './mapRepository';
import { openLibrary } from './openLibrary';
import { InsightRepository } from './insightRepository';
import { PersonaRepository } from './personaRepository';
import { PictureRepository } from './pictureRepository';
import { SnapshotRepository } from './snapshotRepository';
import { createExampleMap } from '../../../shared/templates/examples';
import { LibraryError } from './errors';
import { commitsFile, Durability, type WalLoss } from './durability';
import { writeTransaction } from './transaction';

export interface LibraryServices {
  file: string;
  schemaVersion: number;
  movedAside: string | null;
  /** Opened read-only: maps can be viewed and exported, not changed. */
  readOnly: boolean;
  /** Saved changes found missing when the library opened (a removed write-ahead log). */
  walLost: WalLoss | null;
  /** Called after every request: records committed changes and schedules a checkpoint. */
  afterRequest: () => void;
  maps: MapRepository;
  snapshots: SnapshotRepository;
  personas: PersonaRepository;
  insights: InsightRepository;
  pictures: PictureRepository;
  /** A save with version history: an automatic snapshot first when one is due, in one transaction. */
  saveMap: (document: unknown, baseRevision: number) => SavedMap;
  createExample: (example: string) => LoadedMap;
  /**
   * A map file's map, its detail maps and the insights it carries, stored in one transaction:
   * carried insights merge with the library's (one row per insight), cards cite them by the
   * library's ids, and an id neither carried nor in the library is dropped.
   */
  importMap: (doc: JourneyMap, details: readonly JourneyMap[], insights: readonly CarriedInsight[]) => MapSummary;
  close: () => void;
}

/** Opens the library in a data folder and builds the repositories the handlers use. */

export function createLibraryServices(
  dir: string,
  options: ConnectionOptions & { now?: () => Date; checkpointEveryMs?: number } = {},
): LibraryServices {
  const opened = openLibrary(dir, options);
  const now = options.now ?? (() => new Date());
  const maps = new MapRepository(opened.db, now, opened.readOnly);
  const snapshots = new SnapshotRepository(opened.db, maps, now);
  const durability = new Durability(opened.db, commitsFile(opened.file), options.checkpointEveryMs, now);
  const walLost = durability.check(opened.readOnly);
  // Maps stored before search and thumbnails existed (or whose index was lost) get them now.
  if (!opened.readOnly) maps.indexMissing();
  const pictures = new PictureRepository(opened.db, now);
  const insights = new InsightRepository(opened.db, maps, now);
  // Pictures whose last card (and last version naming them) went since the library was open.
  if (!opened.readOnly) pictures.collect();
  return {
    file: opened.file,
    schemaVersion: opened.schemaVersion,
    movedAside: opened.movedAside,
    readOnly: opened.readOnly,
    walLost,
    afterRequest: () => {
      if (!opened.readOnly) durability.afterRequest();
    },
    maps,
    snapshots,
    personas: new PersonaRepository(opened.db, maps, now),
    insights,
    pictures,
    saveMap: (document, baseRevision) =>
      writeTransaction(opened.db, () => {
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
    importMap: (doc, details, carried) =>
      writeTransaction(opened.db, () => {
        const ids = insights.mergeCarried(carried);
        const all = [doc, ...details];
        const here = insights.existing(all.flatMap((d) => d.cards.flatMap((c) => c.insights)));
        const relink = (d: JourneyMap): JourneyMap => ({
          ...d,
          cards: d.cards.map((c) => ({
            ...c,
            insights: [...new Set(c.insights.map((i) => ids.get(i) ?? (here.has(i) ? i : null)))].filter(
              (i) => i !== null,
            ),
          })),
        });
        return maps.importDocument(relink(doc), details.map(relink));
      })(),
    close: () => {
      if (!opened.readOnly) durability.close();
      opened.db.close();
    },
  };
}
