import type { LibraryServices } from '../library/services';
import type { HandlersOf } from './types';

export function mapsHandlers({ maps }: LibraryServices): HandlersOf<'maps'> {
  return {
    'maps:list': ({ trash }) => maps.list({ trash }),
    'maps:create': (req) => maps.create(req),
    'maps:load': ({ id }) => maps.load(id),
    'maps:save': ({ document, baseRevision }) => maps.save(document, baseRevision),
    'maps:rename': ({ id, title }) => maps.rename(id, title),
    'maps:duplicate': ({ id, title }) => maps.duplicate(id, title),
    'maps:delete': ({ id }) => maps.delete(id),
    'maps:restore': ({ id }) => maps.restore(id),
  };
}
