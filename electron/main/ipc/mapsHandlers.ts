import { importHandler } from './filesHandlers';
import type { AppServices } from './services';
import type { HandlersOf } from './types';

export function mapsHandlers(services: AppServices): HandlersOf<'maps'> {
  const { maps } = services.library;
  return {
    'maps:import': importHandler(services),
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
