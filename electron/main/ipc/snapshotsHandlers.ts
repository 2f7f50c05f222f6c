import type { LibraryServices } from '../library/services';
import type { HandlersOf } from './types';

export function snapshotsHandlers({ snapshots }: LibraryServices): HandlersOf<'snapshots'> {
  return {
    'snapshots:create': ({ mapId, label }) => snapshots.create(mapId, label),
    'snapshots:list': ({ mapId }) => snapshots.list(mapId),
    'snapshots:restore': ({ mapId, snapshotId, baseRevision }) => snapshots.restore(mapId, snapshotId, baseRevision),
  };
}
