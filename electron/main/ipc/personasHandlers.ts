import type { LibraryAccess } from '../library/remote/libraryAccess';
import type { HandlersOf } from './types';

export function personasHandlers({ personas }: LibraryAccess): HandlersOf<'personas'> {
  return {
    'personas:list': () => personas.list(),
    'personas:get': ({ id }) => personas.get(id),
    'personas:create': (fields) => personas.create(fields),
    'personas:update': ({ id, fields }) => personas.update(id, fields),
    'personas:setPhoto': ({ id, data }) => personas.setPhoto(id, data),
    'personas:delete': ({ id }) => personas.delete(id),
  };
}
