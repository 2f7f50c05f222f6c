import type { HandlersOf } from './types';

export function windowHandlers(onReadyToClose: () => void): HandlersOf<'window'> {
  return {
    'window:readyToClose': () => {
      onReadyToClose();
      return null;
    },
  };
}
