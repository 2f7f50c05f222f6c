import { importHandlers } from './filesHandlers';
import type { AppServices } from './services';
import type { HandlersOf } from './types';

export function mapsHandlers(services: AppServices): HandlersOf<'maps'> {
  const library = services.library;
  const { maps } = library;
  return {
    ...importHandlers(services),
    'maps:list': (options) => maps.list(options),
    'maps:create': (req) => maps.create(req),
    'maps:load': ({ id }) => maps.open(id),
    'maps:save': ({ document, baseRevision }) => library.saveMap(document, baseRevision),
    'maps:rename': ({ id, title }) => maps.rename(id, title),
    'maps:duplicate': ({ id, title }) => maps.duplicate(id, title),
    'maps:delete': ({ id }) => maps.delete(id),
    'maps:restore': ({ id }) => maps.restore(id),
    'maps:deriveFuture': ({ id }) => maps.deriveFuture(id),
    'maps:derived': ({ id }) => maps.derivedFrom(id),
    'maps:recent': ({ limit }) => maps.recent(limit),
    'maps:emptyTrash': async () => {
      const deleted = await maps.emptyTrash();
      // Pictures only those maps (and no version) used go with them.
      await library.pictures.collect();
      return { deleted };
    },
    'maps:createExample': ({ example }) => library.createExample(example),
  };
}
