import type { LibraryAccess } from '../library/remote/libraryAccess';
import type { HandlersOf } from './types';

export function snapshotsHandlers({ snapshots }: LibraryAccess): HandlersOf<'snapshots'> {
  return {
    'snapshots:create': ({ mapId, label }) => snapshots.create(mapId, label),
    'snapshots:list': ({ mapId }) => snapshots.list(mapId),
    'snapshots:restore': ({ mapId, snapshotId, baseRevision }) => snapshots.restore(mapId, snapshotId, baseRevision),
  };
}
