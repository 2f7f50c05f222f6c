import type { Services } from './services';

/**
 * Pending edits are saved when the window loses focus, is hidden or closes. On close the main
 * process waits for our "ready" before it lets the window go.
 */
export function flushOnLeave({ autosave, api }: Services): () => void {
  const flush = () => void autosave.flush();
  const onVisibility = () => document.visibilityState === 'hidden' && flush();
  window.addEventListener('blur', flush);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  const stopClose = window.waymarkEvents?.onFlushRequest(() => {
    void autosave.flush().finally(() => void api.window.readyToClose({}));
  });
  return () => {
    window.removeEventListener('blur', flush);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
    stopClose?.();
  };
}
