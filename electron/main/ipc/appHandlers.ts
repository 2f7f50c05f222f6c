import type { AppServices } from './services';
import type { HandlersOf } from './types';

export function appHandlers({ onMenuState }: AppServices): HandlersOf<'app'> {
  return {
    'app:menuState': (state) => {
      onMenuState?.(state);
      return null;
    },
  };
}
