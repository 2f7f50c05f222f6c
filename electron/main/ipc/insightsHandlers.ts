import type { LibraryAccess } from '../library/remote/libraryAccess';
import type { HandlersOf } from './types';

export function insightsHandlers({ insights }: LibraryAccess): HandlersOf<'insights'> {
  return {
    'insights:list': (query) => insights.list(query),
    'insights:byIds': ({ ids }) => insights.byIds(ids),
    'insights:create': (fields) => insights.create(fields),
    'insights:createMany': ({ items }) => insights.createMany(items),
    'insights:update': ({ id, fields }) => insights.update(id, fields),
    'insights:delete': ({ id }) => insights.delete(id),
    'insights:citations': ({ id }) => insights.citations(id),
  };
}

export function backlogHandlers({ insights }: LibraryAccess): HandlersOf<'backlog'> {
  return { 'backlog:list': () => insights.backlog() };
}
