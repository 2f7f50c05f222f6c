import { useEffect } from 'react';
import { useServices, useWaymark } from '../../services/ServicesContext';

/**
 * Full screen while presenting, where the platform allows it (it is a nicety: the editor chrome
 * is hidden either way). Leaving full screen by the system's own means ends the presentation.
 */
export function useFullscreen(): void {
  const { store } = useServices();
  const presenting = useWaymark((s) => s.present !== null);
  useEffect(() => {
    if (!presenting) return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) store.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onChange);
    document.documentElement.requestFullscreen?.().catch(() => {
      // Refused (no user gesture, or not allowed): present in the window.
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [presenting, store]);
}
