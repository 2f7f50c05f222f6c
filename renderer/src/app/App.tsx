import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryScreen } from '../library/LibraryScreen';
import { flushOnLeave } from './flushOnLeave';
import { openFromOutside } from './openFromOutside';
import { connectMenu } from './menuBridge';
import { HelpDialogs } from './HelpDialogs';
import { useServices, useWaymark } from '../services/ServicesContext';

// The library is the first screen: the editor (React Flow, panels) and the compare view are not
// in its code, so the library lists maps without waiting for them. The editor's code is then
// fetched while the library is idle, so opening a map does not wait for it either.
const editorCode = () => import('../editor/EditorScreen');
const EditorScreen = lazy(() => editorCode().then((m) => ({ default: m.EditorScreen })));
const CompareScreen = lazy(() => import('../compare/CompareScreen').then((m) => ({ default: m.CompareScreen })));

export function App() {
  const services = useServices();
  const route = useWaymark((s) => s.route);
  const readOnly = useWaymark((s) => s.readOnly);
  const { t } = useTranslation();
  useEffect(() => flushOnLeave(services), [services]);
  useEffect(() => openFromOutside(services), [services]);
  useEffect(() => connectMenu(services), [services]);
  const onLibrary = route.screen === 'library';
  useEffect(() => {
    if (!onLibrary) return;
    // After the list is drawn and the page is idle (or within 2 s at most): a failed fetch is
    // retried by the lazy import when a map opens.
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    const handle = idle(() => void editorCode().catch(() => {}), { timeout: 2000 });
    return () => (window.cancelIdleCallback ?? window.clearTimeout)(handle);
  }, [onLibrary]);
  const screen =
    route.screen === 'editor' ? (
      <EditorScreen mapId={route.mapId} />
    ) : route.screen === 'compare' ? (
      <CompareScreen mapId={route.mapId} />
    ) : (
      <LibraryScreen />
    );
  return (
    <>
      <Suspense
        fallback={
          <p className="screen-loading" role="status">
            {t('editor.opening')}
          </p>
        }
      >
        {screen}
      </Suspense>
      {readOnly && (
        <p className="read-only-banner" role="status">
          {t('library.readOnlyBanner')}
        </p>
      )}
      <HelpDialogs />
    </>
  );
}
